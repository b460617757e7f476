package dev.prewarm.application.preload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.prewarm.domain.account.AccountId;
import dev.prewarm.domain.fetch.CacheStatus;
import dev.prewarm.domain.fetch.FetchOutcome;
import dev.prewarm.domain.fetch.FetchResult;
import dev.prewarm.domain.fetch.RetryPolicy;
import dev.prewarm.domain.outbound.Cidr;
import dev.prewarm.domain.outbound.OutboundPolicy;
import dev.prewarm.domain.site.EdgeTarget;
import dev.prewarm.domain.site.HeaderVariant;
import dev.prewarm.domain.site.RequestProfile;
import dev.prewarm.domain.site.Site;
import dev.prewarm.domain.site.SiteDomains;
import dev.prewarm.domain.site.SiteId;
import dev.prewarm.domain.site.SiteName;
import dev.prewarm.domain.url.PreloadUrl;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The preloader against real parts: Debian's nginx caching in front of a local origin. */
class PreloaderTest {
    private static final HeaderVariant GZIP = HeaderVariant.gzip();
    private static final HeaderVariant BR = new HeaderVariant("br", Map.of("Accept-Encoding", "br"));
    private static Origin origin;
    private static LocalNginx nginx;

    private final List<Duration> sleeps = new CopyOnWriteArrayList<>();
    private final Sleeper recordingSleeper = sleeps::add;

    @BeforeAll
    static void startCacheAndOrigin() throws Exception {
        origin = new Origin();
        nginx = new LocalNginx(origin.port());
    }

    @AfterAll
    static void stopThem() throws Exception {
        try (Origin o = origin;
                LocalNginx n = nginx) {
            // closed in reverse order: nginx first, then the origin
        }
    }

    @Test
    void firstFetchWarmsTheCacheAndSecondFindsItCached() {
        try (Preloader preloader = preloader(OutboundPolicy.standard())) {
            PreloadRequest request = through(edge(nginx.port()), "http://www.example.com/ok/first", GZIP);
            RequestProfile profile = RequestProfile.defaults();

            FetchResult first = preloader.fetch(request, profile);
            FetchResult second = preloader.fetch(request, profile);

            assertThat(first.outcome()).isEqualTo(FetchOutcome.WARMED);
            assertThat(first.cacheStatus()).isEqualTo(CacheStatus.MISS);
            assertThat(first.bytes()).isEqualTo(Origin.BODY.length);
            assertThat(first.attempts()).isEqualTo(1);
            assertThat(first.ttfbMillis()).isBetween(0L, first.totalMillis());
            assertThat(second.outcome()).isEqualTo(FetchOutcome.CACHED);
            assertThat(second.cacheStatus()).isEqualTo(CacheStatus.HIT);
            assertThat(origin.hits("/ok/first", "gzip")).isEqualTo(1);
        }
    }

    @Test
    void eachVariantIsItsOwnCacheEntryAndABatchWarmsThemAll() {
        try (Preloader preloader = preloader(OutboundPolicy.standard())) {
            RequestProfile profile = RequestProfile.defaults()
                    .withEdgeTargets(List.of(edge(nginx.port())))
                    .withVariants(List.of(GZIP, BR))
                    .withConcurrency(4);
            List<PreloadUrl> urls = List.of(url("http://www.example.com/ok/v1"), url("http://www.example.com/ok/v2"));
            Instant deadline = Instant.now().plusSeconds(30);

            List<FetchResult> warm = preloader.fetchAll(urls, profile, deadline);
            List<FetchResult> again = preloader.fetchAll(urls, profile, deadline);

            assertThat(warm)
                    .extracting(FetchResult::outcome)
                    .containsOnly(FetchOutcome.WARMED)
                    .hasSize(4);
            assertThat(warm).extracting(FetchResult::urlPosition).containsExactly(0L, 0L, 1L, 1L);
            assertThat(warm).extracting(FetchResult::variant).containsExactly("gzip", "br", "gzip", "br");
            assertThat(again)
                    .extracting(FetchResult::outcome)
                    .containsOnly(FetchOutcome.CACHED)
                    .hasSize(4);
            for (String path : List.of("/ok/v1", "/ok/v2")) {
                assertThat(origin.hits(path, "gzip")).as(path + " gzip").isEqualTo(1);
                assertThat(origin.hits(path, "br")).as(path + " br").isEqualTo(1);
            }
        }
    }

    @Test
    void serverErrorsAreRetriedTwiceThenReported() {
        FetchResult result = fetchFromOrigin("/fault/500", RequestProfile.defaults());

        assertThat(result.outcome()).isEqualTo(FetchOutcome.SERVER_ERROR);
        assertThat(result.httpStatus()).isEqualTo(500);
        assertThat(result.attempts()).isEqualTo(3);
        assertThat(origin.hits("/fault/500")).isEqualTo(3);
        assertThat(sleeps).hasSize(2).allSatisfy(wait -> assertThat(wait).isPositive());
    }

    @Test
    void retryAfterFromTheServerSetsTheWait() {
        FetchResult result = fetchFromOrigin("/fault/503", RequestProfile.defaults());

        assertThat(result.outcome()).isEqualTo(FetchOutcome.SERVER_ERROR);
        assertThat(result.attempts()).isEqualTo(3);
        assertThat(sleeps).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
    }

    @Test
    void tooManyRequestsIsRetriedButOtherClientErrorsAreNot() {
        FetchResult throttled = fetchFromOrigin("/fault/429", RequestProfile.defaults());
        FetchResult missing = fetchFromOrigin("/fault/404", RequestProfile.defaults());

        assertThat(throttled.outcome()).isEqualTo(FetchOutcome.CLIENT_ERROR);
        assertThat(throttled.attempts()).isEqualTo(3);
        assertThat(missing.outcome()).isEqualTo(FetchOutcome.CLIENT_ERROR);
        assertThat(missing.httpStatus()).isEqualTo(404);
        assertThat(missing.attempts()).isEqualTo(1);
        assertThat(origin.hits("/fault/404")).isEqualTo(1);
    }

    @Test
    void redirectsAreReportedNotFollowed() {
        FetchResult result = fetchFromOrigin("/fault/redirect", RequestProfile.defaults());

        assertThat(result.outcome()).isEqualTo(FetchOutcome.REDIRECT);
        assertThat(result.httpStatus()).isEqualTo(302);
        assertThat(result.attempts()).isEqualTo(1);
        assertThat(origin.hits("/ok/target")).isZero();
    }

    @Test
    void aBodyOverTheCapIsTooLargeAndNotReadToTheEnd() {
        FetchResult result =
                fetchFromOrigin("/fault/huge", RequestProfile.defaults().withMaxBodyBytes(256 * 1024));

        assertThat(result.outcome()).isEqualTo(FetchOutcome.TOO_LARGE);
        assertThat(result.attempts()).isEqualTo(1);
        assertThat(result.bytes()).isEqualTo(256 * 1024);
    }

    @Test
    void aBodySlowerThanTheReadTimeoutTimesOut() {
        RequestProfile profile = RequestProfile.defaults().withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(300));

        FetchResult result = fetchFromOrigin("/fault/slow", profile);

        assertThat(result.outcome()).isEqualTo(FetchOutcome.TIMEOUT);
        assertThat(result.attempts()).isEqualTo(3);
        assertThat(result.error()).contains("Timeout");
    }

    @Test
    void aDroppedConnectionIsANetworkError() {
        FetchResult result = fetchFromOrigin("/fault/reset", RequestProfile.defaults());

        assertThat(result.outcome()).isEqualTo(FetchOutcome.NETWORK_ERROR);
        assertThat(result.attempts()).isEqualTo(3);
        assertThat(result.httpStatus()).isZero();
    }

    @Test
    void aHostResolvingToLoopbackIsBlockedAndNeverConnectedTo() {
        try (Preloader preloader = preloader(OutboundPolicy.standard())) {
            PreloadRequest request = direct("http://localhost:" + origin.port() + "/ok/blocked");

            FetchResult result = preloader.fetch(request, RequestProfile.defaults());

            assertThat(result.outcome()).isEqualTo(FetchOutcome.BLOCKED);
            assertThat(result.target()).isEqualTo(PreloadRequest.DIRECT);
            assertThat(result.error()).contains("loopback");
            assertThat(origin.hits("/ok/blocked")).isZero();
        }
    }

    @Test
    void anAllowedCidrLetsTheSameHostBeFetchedAtTheCheckedAddress() {
        try (Preloader preloader = preloader(OutboundPolicy.withAllowed(List.of(Cidr.parse("127.0.0.1/32"))))) {
            PreloadRequest request = direct("http://localhost:" + origin.port() + "/ok/allowed");

            FetchResult result = preloader.fetch(request, RequestProfile.defaults());

            assertThat(result.outcome()).isEqualTo(FetchOutcome.WARMED);
            assertThat(result.cacheStatus()).isEqualTo(CacheStatus.NONE);
            assertThat(origin.hits("/ok/allowed", "gzip")).isEqualTo(1);
        }
    }

    @Test
    void aDirectFetchConnectsToTheCheckedAddressAndSendsTheUrlsHost() throws Exception {
        InetAddress loopback = InetAddress.getByName("127.0.0.1");
        HostResolver fakeDns = name -> List.of(loopback); // the client itself never resolves (NoDnsResolver)
        OutboundPolicy policy = OutboundPolicy.withAllowed(List.of(Cidr.parse("127.0.0.1/32")));
        try (Preloader preloader =
                new Preloader(policy, RetryPolicy.defaults(), recordingSleeper, Clock.systemUTC(), fakeDns, 4)) {
            PreloadRequest request = direct("http://www.example.com:" + origin.port() + "/ok/pinned");

            FetchResult result = preloader.fetch(request, RequestProfile.defaults());

            assertThat(result.outcome()).isEqualTo(FetchOutcome.WARMED);
            assertThat(origin.hostHeader("/ok/pinned")).isEqualTo("www.example.com:" + origin.port());
        }
    }

    @Test
    void aBatchResolvesAndChecksEachHostOnceAndTheNextBatchAfresh() throws Exception {
        InetAddress loopback = InetAddress.getByName("127.0.0.1");
        List<String> lookups = new CopyOnWriteArrayList<>();
        HostResolver countingDns = name -> {
            lookups.add(name);
            return List.of(loopback);
        };
        OutboundPolicy policy = OutboundPolicy.withAllowed(List.of(Cidr.parse("127.0.0.1/32")));
        try (Preloader preloader =
                new Preloader(policy, RetryPolicy.defaults(), recordingSleeper, Clock.systemUTC(), countingDns, 4)) {
            RequestProfile profile = RequestProfile.defaults().withConcurrency(2);
            List<PreloadUrl> urls = List.of(
                    url("http://www.example.com:" + origin.port() + "/ok/once-1"),
                    url("http://www.example.com:" + origin.port() + "/ok/once-2"),
                    url("http://www.example.com:" + origin.port() + "/ok/once-3"),
                    url("http://www.example.org:" + origin.port() + "/ok/once-4"));

            List<FetchResult> first =
                    preloader.fetchAll(urls, profile, Instant.now().plusSeconds(30));
            List<String> lookupsOfFirst = List.copyOf(lookups);
            preloader.fetchAll(urls, profile, Instant.now().plusSeconds(30));

            assertThat(first).extracting(FetchResult::outcome).containsOnly(FetchOutcome.WARMED);
            assertThat(lookupsOfFirst).containsExactlyInAnyOrder("www.example.com", "www.example.org");
            assertThat(lookups).hasSize(4);
            assertThat(origin.hostHeader("/ok/once-4")).isEqualTo("www.example.org:" + origin.port());
        }
    }

    @Test
    void theEdgeGetsTheUrlsHostHeaderNotTheTargets() {
        fetchFromOrigin("/ok/host", RequestProfile.defaults());

        assertThat(origin.hostHeader("/ok/host")).isEqualTo("www.example.com");
    }

    @Test
    void aRateCapSpacesTheStartsOfABatch() {
        try (Preloader preloader = preloader(OutboundPolicy.standard())) {
            RequestProfile profile = RequestProfile.defaults()
                    .withEdgeTargets(List.of(edge(origin.port())))
                    .withConcurrency(3)
                    .withRequestsPerSecond(OptionalInt.of(5));
            List<PreloadUrl> urls = List.of(
                    url("http://www.example.com/ok/r1"),
                    url("http://www.example.com/ok/r2"),
                    url("http://www.example.com/ok/r3"));

            List<FetchResult> results =
                    preloader.fetchAll(urls, profile, Instant.now().plusSeconds(30));

            assertThat(results).extracting(FetchResult::outcome).containsOnly(FetchOutcome.WARMED);
            // the recording sleeper does not wait, so slots are reserved 200 ms apart from (almost) one instant
            assertThat(sleeps).hasSize(3);
            assertThat(sleeps.stream().sorted().toList().get(2))
                    .isBetween(Duration.ofMillis(300), Duration.ofMillis(400));
        }
    }

    @Test
    void twoBatchesOfOneSiteShareItsConcurrency() throws Exception {
        try (Preloader preloader = preloader(OutboundPolicy.standard())) {
            Site site = site(
                    1,
                    RequestProfile.defaults()
                            .withEdgeTargets(List.of(edge(origin.port())))
                            .withConcurrency(2));

            List<List<FetchResult>> batches = atOnce(
                    () -> preloader.fetchAll(site, pauses("a", 4), Instant.now().plusSeconds(30)),
                    () -> preloader.fetchAll(site, pauses("b", 4), Instant.now().plusSeconds(30)));

            assertThat(batches)
                    .allSatisfy(results ->
                            assertThat(results).extracting(FetchResult::outcome).containsOnly(FetchOutcome.WARMED));
            assertThat(origin.pausedAtMost()).isEqualTo(2); // each batch alone would run 2
        }
    }

    @Test
    void batchesOfOneSiteShareItsRateCapAndAnotherSiteHasItsOwn() throws Exception {
        try (Preloader preloader = preloader(OutboundPolicy.standard())) {
            RequestProfile fivePerSecond = RequestProfile.defaults()
                    .withEdgeTargets(List.of(edge(origin.port())))
                    .withConcurrency(3)
                    .withRequestsPerSecond(OptionalInt.of(5));
            Site site = site(1, fivePerSecond);
            Site other = site(2, fivePerSecond);

            atOnce(
                    () -> preloader.fetchAll(site, oks("a", 3), Instant.now().plusSeconds(30)),
                    () -> preloader.fetchAll(site, oks("b", 3), Instant.now().plusSeconds(30)));
            // Six starts of one site 200 ms apart, reserved at (almost) one instant: the recording
            // sleeper does not wait. Each batch with a pacer of its own would wait at most 400 ms.
            assertThat(sleeps).hasSize(6);
            assertThat(sleeps.stream().max(Duration::compareTo).orElseThrow())
                    .isBetween(Duration.ofMillis(600), Duration.ofMillis(1000)); // 1,000 less the reservations' spread

            sleeps.clear();
            atOnce(
                    () -> preloader.fetchAll(other, oks("c", 3), Instant.now().plusSeconds(30)),
                    () -> preloader.fetchAll(
                            site(3, fivePerSecond), oks("d", 3), Instant.now().plusSeconds(30)));
            assertThat(sleeps.stream().max(Duration::compareTo).orElseThrow())
                    .isLessThanOrEqualTo(Duration.ofMillis(400));
        }
    }

    @SafeVarargs
    private static <T> List<T> atOnce(Callable<T>... calls) throws Exception {
        try (ExecutorService threads = Executors.newFixedThreadPool(calls.length)) {
            List<Future<T>> running = new ArrayList<>();
            for (Callable<T> call : calls) {
                running.add(threads.submit(call));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> result : running) {
                results.add(result.get(30, TimeUnit.SECONDS));
            }
            return results;
        }
    }

    private static Site site(long id, RequestProfile profile) {
        Site site = Site.register(
                SiteId.of(id),
                AccountId.of("1001"),
                SiteName.of("site " + id),
                SiteDomains.of("www.example.com"),
                profile,
                Instant.now());
        site.activate();
        return site;
    }

    private static List<PreloadUrl> pauses(String batch, int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> url("http://www.example.com/pause/" + batch + i))
                .toList();
    }

    private static List<PreloadUrl> oks(String batch, int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> url("http://www.example.com/ok/rate-" + batch + i))
                .toList();
    }

    @Test
    void whatTheBatchDeadlineCutsOffIsReportedAsFailedNotDropped() {
        try (Preloader preloader = preloader(OutboundPolicy.standard())) {
            RequestProfile profile = RequestProfile.defaults()
                    .withEdgeTargets(List.of(edge(origin.port())))
                    .withConcurrency(2);
            List<PreloadUrl> urls = List.of(
                    url("http://www.example.com/fault/slow?a"),
                    url("http://www.example.com/fault/slow?b"),
                    url("http://www.example.com/fault/slow?c"));

            List<FetchResult> results =
                    preloader.fetchAll(urls, profile, Instant.now().plusMillis(500));

            assertThat(results).hasSize(3).allSatisfy(result -> {
                assertThat(result.outcome()).isEqualTo(FetchOutcome.TIMEOUT);
                assertThat(result.error()).isEqualTo("batch deadline");
            });
            assertThat(results).extracting(FetchResult::urlPosition).containsExactly(0L, 1L, 2L);
        }
    }

    @Test
    void anInterruptedBatchReportsNoResultRatherThanTimeouts() throws Exception {
        try (Preloader preloader = preloader(OutboundPolicy.standard())) {
            RequestProfile profile = RequestProfile.defaults()
                    .withEdgeTargets(List.of(edge(origin.port())))
                    .withConcurrency(2);
            List<PreloadUrl> urls = List.of(
                    url("http://www.example.com/fault/slow?stop-a"), url("http://www.example.com/fault/slow?stop-b"));
            int before = origin.hits("/fault/slow");
            CompletableFuture<Object> outcome = new CompletableFuture<>();
            Thread batch = Thread.ofPlatform().start(() -> {
                try {
                    outcome.complete(
                            preloader.fetchAll(urls, profile, Instant.now().plusSeconds(60)));
                } catch (RuntimeException e) {
                    outcome.complete(e);
                }
            });
            await().atMost(Duration.ofSeconds(10)).until(() -> origin.hits("/fault/slow") == before + 2);

            batch.interrupt();

            assertThat(outcome.get(10, TimeUnit.SECONDS)).isInstanceOf(FetchInterruptedException.class);
        }
    }

    @Test
    void aScheduledBatchOfOneUrlFetchesOnItsCallersThread() {
        List<Thread> pacedOn = new CopyOnWriteArrayList<>();
        try (Preloader preloader = new Preloader(
                OutboundPolicy.standard(),
                RetryPolicy.defaults(),
                wait -> pacedOn.add(Thread.currentThread()), // the rate cap's pacing runs on the fetching thread
                Clock.systemUTC(),
                HostResolver.system(),
                16)) {
            Site site = site(
                    1,
                    RequestProfile.defaults()
                            .withEdgeTargets(List.of(edge(origin.port())))
                            .withRequestsPerSecond(OptionalInt.of(100)));

            List<FetchResult> results =
                    preloader.fetchAll(site, oks("caller", 1), Instant.now().plusSeconds(30));

            assertThat(results).extracting(FetchResult::outcome).containsExactly(FetchOutcome.WARMED);
            assertThat(pacedOn).containsExactly(Thread.currentThread());
        }
    }

    @Test
    void theDeadlineEndsAFetchOnTheCallersThreadToo() {
        try (Preloader preloader = preloader(OutboundPolicy.standard())) {
            Site site = site(1, RequestProfile.defaults().withEdgeTargets(List.of(edge(origin.port()))));

            // A byte every 200 ms for a minute: no read timeout ends it, only the deadline.
            List<FetchResult> results = preloader.fetchAll(
                    site,
                    List.of(url("http://www.example.com/fault/trickle?one")),
                    Instant.now().plusMillis(500));

            assertThat(results).singleElement().satisfies(result -> {
                assertThat(result.outcome()).isEqualTo(FetchOutcome.TIMEOUT);
                assertThat(result.error()).isEqualTo("batch deadline");
            });
        }
    }

    @Test
    void aStoppedScheduledBatchReportsNothingAndItsCallersFetchEndsWithTheCut() throws Exception {
        try (Preloader preloader = preloader(OutboundPolicy.standard())) {
            Site site = site(1, RequestProfile.defaults().withEdgeTargets(List.of(edge(origin.port()))));
            int before = origin.hits("/fault/trickle");
            CompletableFuture<Object> outcome = new CompletableFuture<>();
            Thread batch = Thread.ofPlatform().start(() -> {
                try {
                    outcome.complete(preloader.fetchAll(
                            site,
                            List.of(url("http://www.example.com/fault/trickle?stop")),
                            Instant.now().plusSeconds(120)));
                } catch (RuntimeException e) {
                    outcome.complete(e);
                }
            });
            await().atMost(Duration.ofSeconds(10)).until(() -> origin.hits("/fault/trickle") == before + 1);

            batch.interrupt(); // what the engine's stop does: interrupt, then cut
            preloader.cutShortScheduled();

            // The trickle would last a minute: only the cut ends the read this soon.
            assertThat(outcome.get(10, TimeUnit.SECONDS)).isInstanceOf(FetchInterruptedException.class);
        }
    }

    private FetchResult fetchFromOrigin(String path, RequestProfile profile) {
        try (Preloader preloader = preloader(OutboundPolicy.standard())) {
            return preloader.fetch(through(edge(origin.port()), "http://www.example.com" + path, GZIP), profile);
        }
    }

    private Preloader preloader(OutboundPolicy policy) {
        return new Preloader(
                policy, RetryPolicy.defaults(), recordingSleeper, Clock.systemUTC(), HostResolver.system(), 16);
    }

    private static PreloadRequest through(EdgeTarget edge, String url, HeaderVariant variant) {
        return new PreloadRequest(0, url(url), Optional.of(edge), variant);
    }

    private static PreloadRequest direct(String url) {
        return new PreloadRequest(0, url(url), Optional.empty(), GZIP);
    }

    private static EdgeTarget edge(int port) {
        return new EdgeTarget("http", "127.0.0.1", port);
    }

    private static PreloadUrl url(String text) {
        return PreloadUrl.parse(text, "Url");
    }
}
