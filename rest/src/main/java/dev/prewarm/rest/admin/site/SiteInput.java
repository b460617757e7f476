package dev.prewarm.rest.admin.site;

import dev.prewarm.application.site.SiteChanges;
import dev.prewarm.domain.error.MissingParameterException;
import dev.prewarm.domain.site.RequestProfile;
import dev.prewarm.domain.site.Site;
import dev.prewarm.domain.site.SiteDomains;
import dev.prewarm.domain.site.SiteName;
import dev.prewarm.domain.site.SiteStatus;
import dev.prewarm.rest.admin.JsonInput;
import java.util.Optional;
import java.util.Set;

/**
 * A site body parsed whole into value objects before any use case runs, so a bad field anywhere
 * fails the request before anything is written.
 */
record SiteInput(
        Optional<SiteName> name,
        Optional<SiteDomains> domains,
        Optional<SiteStatus> status,
        Optional<JsonInput> profile) {
    private static final Set<String> FIELDS = Set.of("name", "domains", "status", "profile");

    static SiteInput read(JsonInput in) {
        in.allowOnly(FIELDS).refuseNulls(Set.of());
        return new SiteInput(
                in.string("name").map(SiteName::of),
                in.strings("domains").map(SiteDomains::of),
                in.string("status").map(SiteStatus::parse),
                in.object("profile"));
    }

    /** For registration: name and domains required; status defaults to pending, profile to the defaults. */
    SiteName requiredName() {
        return name.orElseThrow(() -> MissingParameterException.of("Name"));
    }

    SiteDomains requiredDomains() {
        return domains.orElseThrow(() -> MissingParameterException.of("Domains"));
    }

    RequestProfile profileOver(RequestProfile base) {
        return profile.map(in -> ProfileInput.apply(in, base)).orElse(base);
    }

    /** For a PATCH: only the fields given; the profile is merged onto the site's current one. */
    SiteChanges changesOf(Site current) {
        return new SiteChanges(name, domains, profile.map(in -> ProfileInput.apply(in, current.profile())), status);
    }
}
