package dev.prewarm.application.preload;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prewarm.domain.fetch.FetchOutcome;
import dev.prewarm.domain.fetch.FetchResult;
import dev.prewarm.domain.fetch.RetryPolicy;
import dev.prewarm.domain.outbound.Cidr;
import dev.prewarm.domain.outbound.OutboundPolicy;
import dev.prewarm.domain.site.EdgeTarget;
import dev.prewarm.domain.site.HeaderVariant;
import dev.prewarm.domain.site.RequestProfile;
import dev.prewarm.domain.site.SiteDomains;
import dev.prewarm.domain.url.PreloadUrl;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Following redirects within the site's domains (PRODUCT.md §1), against the test origin. */
class PreloaderRedirectsTest {
    private static final SiteDomains SITE = SiteDomains.of("www.example.com", "*.example.com");
    private static final RequestProfile FOLLOWING = RequestProfile.defaults().withFollowRedirects(true);
    private static Origin origin;
    private static Preloader preloader;

    @BeforeAll
    static void start() throws Exception {
        origin = new Origin();
        preloader = new Preloader(
                OutboundPolicy.withAllowed(List.of(Cidr.parse("127.0.0.1/32"))),
                RetryPolicy.defaults(),
                wait -> {},
                Clock.systemUTC(),
                // www.example.com is the origin; internal.example.com is a private address the policy refuses
                name -> List.of(InetAddress.getByName(name.startsWith("internal.") ? "10.0.0.5" : "127.0.0.1")),
                8);
    }

    @AfterAll
    static void stop() {
        try (Origin o = origin;
                Preloader p = preloader) {
            // both closed
        }
    }

    @Test
    void aRedirectWithinTheSiteIsFollowedWhenTheProfileSaysSo() {
        int before = origin.hits("/ok/target");

        FetchResult result = preloader.fetch(viaOrigin("/fault/redirect"), FOLLOWING, SITE);

        assertThat(result.outcome()).isEqualTo(FetchOutcome.WARMED);
        assertThat(result.httpStatus()).isEqualTo(200);
        assertThat(origin.hits("/ok/target")).isEqualTo(before + 1);
    }

    @Test
    void withFollowingOffOrNoSiteDomainsTheRedirectIsTheOutcome() {
        int before = origin.hits("/ok/target");

        FetchResult off = preloader.fetch(viaOrigin("/fault/redirect"), RequestProfile.defaults(), SITE);
        FetchResult unscoped = preloader.fetch(viaOrigin("/fault/redirect"), FOLLOWING);

        assertThat(List.of(off, unscoped)).allSatisfy(result -> {
            assertThat(result.outcome()).isEqualTo(FetchOutcome.REDIRECT);
            assertThat(result.httpStatus()).isEqualTo(302);
        });
        assertThat(origin.hits("/ok/target")).isEqualTo(before);
    }

    @Test
    void aRedirectToAnotherDomainIsNotFollowed() {
        FetchResult result = preloader.fetch(
                viaOrigin("/fault/redirect-to?to=http://elsewhere.example.org/ok/elsewhere"), FOLLOWING, SITE);

        assertThat(result.outcome()).isEqualTo(FetchOutcome.REDIRECT);
        assertThat(result.error()).contains("elsewhere.example.org is not one of the site's domains");
        assertThat(origin.hits("/ok/elsewhere")).isZero();
    }

    @Test
    void threeHopsAreFollowedAndAFourthIsNot() {
        FetchResult three = preloader.fetch(viaOrigin("/lists/redirect/3"), FOLLOWING, SITE);
        FetchResult four = preloader.fetch(viaOrigin("/lists/redirect/4"), FOLLOWING, SITE);

        assertThat(three.outcome()).isEqualTo(FetchOutcome.WARMED);
        assertThat(four.outcome()).isEqualTo(FetchOutcome.REDIRECT);
        assertThat(four.error()).contains("more than 3 redirects");
    }

    @Test
    void eachHopOfADirectFetchIsCheckedByTheOutboundPolicyBeforeConnecting() {
        String internal = "http://internal.example.com:" + origin.port() + "/ok/internal";
        PreloadRequest direct = new PreloadRequest(
                0,
                url("http://www.example.com:" + origin.port() + "/fault/redirect-to?to=" + internal),
                Optional.empty(),
                HeaderVariant.gzip());

        FetchResult result = preloader.fetch(direct, FOLLOWING, SITE);

        assertThat(result.outcome()).isEqualTo(FetchOutcome.BLOCKED);
        assertThat(result.error()).startsWith("redirected to " + internal).contains("10.0.0.5");
        assertThat(origin.hits("/ok/internal")).isZero();
    }

    @Test
    void aBatchFollowsWithinTheSiteToo() {
        List<FetchResult> results = preloader.fetchAll(
                List.of(url("http://www.example.com/fault/redirect")),
                FOLLOWING.withEdgeTargets(List.of(new EdgeTarget("http", "127.0.0.1", origin.port()))),
                SITE,
                Instant.now().plusSeconds(30));

        assertThat(results).extracting(FetchResult::outcome).containsExactly(FetchOutcome.WARMED);
    }

    /** Through the origin as a (trusted) edge target, with the URL's own Host header. */
    private static PreloadRequest viaOrigin(String path) {
        return new PreloadRequest(
                0,
                url("http://www.example.com" + path),
                Optional.of(new EdgeTarget("http", "127.0.0.1", origin.port())),
                HeaderVariant.gzip());
    }

    private static PreloadUrl url(String text) {
        return PreloadUrl.parse(text, "Url");
    }
}
