package dev.prewarm.application.preload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.prewarm.domain.fetch.FetchOutcome;
import dev.prewarm.domain.fetch.FetchResult;
import dev.prewarm.domain.fetch.RetryPolicy;
import dev.prewarm.domain.outbound.OutboundPolicy;
import dev.prewarm.domain.site.EdgeTarget;
import dev.prewarm.domain.site.RequestProfile;
import dev.prewarm.domain.url.PreloadUrl;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The global cap holds across batches running at the same time, each within its site's concurrency. */
class FetchSlotsTest {
    private static final int GLOBAL = 3;

    @Test
    void batchesRunningTogetherNeverHaveMoreFetchesInFlightThanTheGlobalCap() throws Exception {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        HttpServer edge = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        edge.setExecutor(Executors.newFixedThreadPool(32));
        edge.createContext("/", exchange -> {
            most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try {
                Thread.sleep(50); // holds the fetch open so that fetches overlap
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            inFlight.decrementAndGet();
            byte[] body = "warm".getBytes();
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        edge.start();
        ExecutorService batches = Executors.newFixedThreadPool(2);
        try (Preloader preloader = new Preloader(
                OutboundPolicy.standard(),
                RetryPolicy.defaults(),
                Sleeper.real(),
                Clock.systemUTC(),
                HostResolver.system(),
                16,
                GLOBAL)) {
            RequestProfile profile = RequestProfile.defaults()
                    .withEdgeTargets(List.of(new EdgeTarget(
                            "http", "127.0.0.1", edge.getAddress().getPort())))
                    .withConcurrency(4);
            List<CompletableFuture<List<FetchResult>>> running = new ArrayList<>();
            for (String batch : List.of("a", "b")) {
                running.add(CompletableFuture.supplyAsync(
                        () -> preloader.fetchAll(
                                urls(batch, 8), profile, Instant.now().plusSeconds(30)),
                        batches));
            }
            List<FetchResult> results = new ArrayList<>();
            for (CompletableFuture<List<FetchResult>> batch : running) {
                results.addAll(batch.get(60, TimeUnit.SECONDS));
            }

            assertThat(results)
                    .hasSize(16)
                    .allSatisfy(r -> assertThat(r.outcome()).isEqualTo(FetchOutcome.WARMED));
            assertThat(most.get()).isEqualTo(GLOBAL);
        } finally {
            batches.shutdownNow();
            edge.stop(0);
        }
    }

    @Test
    void noSlotBeforeTheDeadlineIsAFetchThatNeverStartsAndASlotCountBelowOneIsRefused() {
        FetchSlots slots = new FetchSlots(1);
        Clock clock = Clock.systemUTC();
        assertThat(slots.acquireBefore(Instant.now().plusSeconds(5), clock)).isTrue();

        assertThat(slots.acquireBefore(Instant.now().plusMillis(50), clock)).isFalse();
        slots.release();
        assertThat(slots.acquireBefore(Instant.now().plusSeconds(5), clock)).isTrue();
        assertThatThrownBy(() -> new FetchSlots(0))
                .hasMessageContaining("prewarm.engine.global-concurrency must be at least 1, got 0");
    }

    private static List<PreloadUrl> urls(String batch, int count) {
        List<PreloadUrl> urls = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            urls.add(PreloadUrl.parse("http://www.example.com/" + batch + i, "Url"));
        }
        return urls;
    }
}
