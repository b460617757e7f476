package dev.prewarm.rest.admin.site;

import dev.prewarm.domain.site.Site;
import dev.prewarm.domain.site.SiteDomain;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** A site as the admin API shows it; {@code siteId} is a JSON number (int64). */
public record SiteJson(
        long siteId, String name, List<String> domains, String status, ProfileJson profile, Instant createdAt) {
    public static SiteJson from(Site site) {
        return new SiteJson(
                site.id().value(),
                site.name().value(),
                site.domains().entries().stream().map(SiteDomain::value).toList(),
                site.status().wireName(),
                ProfileJson.from(site.profile()),
                site.createdAt().truncatedTo(ChronoUnit.MILLIS));
    }
}
