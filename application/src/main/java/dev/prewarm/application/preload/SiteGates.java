package dev.prewarm.application.preload;

import dev.prewarm.domain.site.RequestProfile;
import dev.prewarm.domain.site.SiteId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The gate of each site on this instance, shared by all of the site's scheduled batches, so its
 * caps hold however many of its plans run at once (PRODUCT.md §3: concurrency bounded per site).
 * Before, each batch had caps of its own: ten plans of a site capped at 100 requests a second could
 * send it 1,000.
 *
 * <p>A changed profile gets a new gate for the batches that start after the change; batches still
 * running finish under the old one, so for that moment the two together may exceed the new caps.
 * Instances do not share gates: N instances running one site's plans may reach N times its caps.
 */
final class SiteGates {
    private final Map<SiteId, SiteGate> gates = new ConcurrentHashMap<>();

    SiteGate of(SiteId site, RequestProfile profile) {
        return gates.compute(site, (id, gate) -> gate != null && gate.fits(profile) ? gate : SiteGate.of(profile));
    }
}
