package dev.prewarm.application.preload;

import dev.prewarm.domain.site.RequestProfile;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One site's caps from its profile: at most {@code concurrency} fetches in flight and, with
 * {@code requestsPerSecond}, starts spaced to that rate. Every fetch of every batch holding the
 * same gate counts against them.
 */
final class SiteGate {
    private final int concurrency;
    private final OptionalInt requestsPerSecond;
    private final FetchSlots slots;
    private final Optional<RequestPacer> pacer;

    private SiteGate(int concurrency, OptionalInt requestsPerSecond) {
        this.concurrency = concurrency;
        this.requestsPerSecond = requestsPerSecond;
        this.slots = new FetchSlots(concurrency, "a site's concurrency");
        this.pacer = requestsPerSecond.isPresent()
                ? Optional.of(new RequestPacer(requestsPerSecond.getAsInt()))
                : Optional.empty();
    }

    static SiteGate of(RequestProfile profile) {
        return new SiteGate(profile.concurrency(), profile.requestsPerSecond());
    }

    /** Whether the gate still enforces what the profile says (an operator may have changed it). */
    boolean fits(RequestProfile profile) {
        return concurrency == profile.concurrency() && requestsPerSecond.equals(profile.requestsPerSecond());
    }

    FetchSlots slots() {
        return slots;
    }

    Optional<RequestPacer> pacer() {
        return pacer;
    }
}
