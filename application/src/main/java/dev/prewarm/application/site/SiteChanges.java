package dev.prewarm.application.site;

import dev.prewarm.domain.site.RequestProfile;
import dev.prewarm.domain.site.SiteDomains;
import dev.prewarm.domain.site.SiteName;
import dev.prewarm.domain.site.SiteStatus;
import java.util.Optional;

/** A partial change of a site: absent parts keep their values. */
public record SiteChanges(
        Optional<SiteName> name,
        Optional<SiteDomains> domains,
        Optional<RequestProfile> profile,
        Optional<SiteStatus> status) {
    public static SiteChanges none() {
        return new SiteChanges(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public SiteChanges withStatus(SiteStatus value) {
        return new SiteChanges(name, domains, profile, Optional.of(value));
    }

    public SiteChanges withDomains(SiteDomains value) {
        return new SiteChanges(name, Optional.of(value), profile, status);
    }

    public SiteChanges withProfile(RequestProfile value) {
        return new SiteChanges(name, domains, Optional.of(value), status);
    }
}
