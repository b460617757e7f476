package dev.prewarm.application.preload;

import dev.prewarm.domain.site.SiteDomains;
import dev.prewarm.domain.url.PreloadUrl;
import dev.prewarm.domain.url.UrlNormalization;
import dev.prewarm.domain.url.UrlNormalizer;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which redirects of a site's URLs are followed (PRODUCT.md §1): none unless the site's request
 * profile turns following on, then only to URLs of the site's own domains and at most
 * {@value #MAX_HOPS} hops. The next hop keeps the URL's position, edge target and header variant;
 * the preloader plans its route afresh, so a direct fetch's new address is checked by the outbound
 * policy before any connection. A redirect that is not followed stays the {@code redirect} outcome,
 * with the reason added to its error.
 */
final class Redirects {
    static final int MAX_HOPS = 3;
    private static final Set<Integer> FOLLOWED = Set.of(301, 302, 303, 307, 308);
    private static final Redirects NONE = new Redirects(Optional.empty());

    private final Optional<SiteDomains> domains;

    private Redirects(Optional<SiteDomains> domains) {
        this.domains = domains;
    }

    /** Redirects are not followed at all: callers that do not know the site's domains. */
    static Redirects none() {
        return NONE;
    }

    /** Followed within these domains, where the profile allows it. */
    static Redirects within(SiteDomains domains) {
        return new Redirects(Optional.of(Objects.requireNonNull(domains, "domains")));
    }

    boolean apply(boolean profileFollows) {
        return profileFollows && domains.isPresent();
    }

    /** What to do about a redirect answer that was hop {@code hop} (1 for the URL's own answer). */
    Decision next(PreloadRequest current, Attempt redirect, int hop) {
        if (!FOLLOWED.contains(redirect.httpStatus())) {
            return new Decision.Stop(null);
        }
        if (hop > MAX_HOPS) {
            return new Decision.Stop("not followed: more than " + MAX_HOPS + " redirects");
        }
        Optional<String> location = redirect.location().map(String::strip).filter(text -> !text.isEmpty());
        if (location.isEmpty()) {
            return new Decision.Stop("not followed: no Location");
        }
        String target;
        try {
            target = new URI(current.url().value()).resolve(location.get()).toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return new Decision.Stop("not followed: Location '" + location.get() + "' is no URL");
        }
        return switch (UrlNormalizer.normalize(target)) {
            case UrlNormalization.Rejected rejected ->
                new Decision.Stop("redirect to '" + target + "' not followed: " + rejected.detail());
            case UrlNormalization.Accepted accepted ->
                domains.orElseThrow().matches(accepted.host())
                        ? new Decision.Follow(hopTo(current, accepted.url()))
                        : new Decision.Stop("redirect to " + accepted.url() + " not followed: " + accepted.host()
                                + " is not one of the site's domains");
        };
    }

    private static PreloadRequest hopTo(PreloadRequest current, PreloadUrl url) {
        return new PreloadRequest(current.position(), url, current.edge(), current.variant());
    }

    sealed interface Decision {
        record Follow(PreloadRequest next) implements Decision {}

        /** @param why null when there is nothing to add (e.g. a 304, which is no redirect to follow) */
        record Stop(String why) implements Decision {}
    }
}
