package dev.prewarm.application.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.prewarm.application.metrics.EngineMetrics;
import dev.prewarm.application.preload.Origin;
import dev.prewarm.application.preload.Preloader;
import dev.prewarm.application.preload.TlsTrust;
import dev.prewarm.domain.account.AccountId;
import dev.prewarm.domain.fetch.CacheStatus;
import dev.prewarm.domain.fetch.FetchOutcome;
import dev.prewarm.domain.fetch.FetchResult;
import dev.prewarm.domain.job.JobId;
import dev.prewarm.domain.job.JobUrlStore.PositionedUrl;
import dev.prewarm.domain.job.UrlRange;
import dev.prewarm.domain.outbound.OutboundPolicy;
import dev.prewarm.domain.plan.FetchedBatch;
import dev.prewarm.domain.plan.Lease;
import dev.prewarm.domain.plan.LeaseLostException;
import dev.prewarm.domain.plan.PlanId;
import dev.prewarm.domain.plan.PlanLeases;
import dev.prewarm.domain.plan.PreparedBatch;
import dev.prewarm.domain.result.BatchResults;
import dev.prewarm.domain.site.EdgeTarget;
import dev.prewarm.domain.site.RequestProfile;
import dev.prewarm.domain.site.Site;
import dev.prewarm.domain.site.SiteDomains;
import dev.prewarm.domain.site.SiteId;
import dev.prewarm.domain.site.SiteName;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BatchExecutionTest {
    private static final Instant T0 = Instant.parse("2026-11-28T12:00:00Z");
    /** The origin the batches below fetch from, without a cache in front (their edge target). */
    private static Origin origin;

    private static Preloader preloader;
    private ScheduledExecutorService heartbeats;

    @BeforeAll
    static void startOriginAndPreloader() throws Exception {
        origin = new Origin();
        preloader = new Preloader(OutboundPolicy.standard(), 16, TlsTrust.jdkDefaults());
    }

    @AfterAll
    static void stopThem() {
        try (Origin o = origin;
                Preloader p = preloader) {
            // closed in reverse order: the preloader first, then the origin
        }
    }

    @BeforeEach
    void startHeartbeats() {
        heartbeats = Executors.newSingleThreadScheduledExecutor();
    }

    @AfterEach
    void stopHeartbeats() {
        heartbeats.shutdownNow();
    }

    static final Lease LEASE = new Lease(
            PlanId.of("aaaaaaaaaaaaaaaaaaaaaa01"), AccountId.of("1001"), "engine-test", 3, T0.plusSeconds(60));

    @Test
    void resultsNumberedByTheirPlaceInTheBatchAreKeptByTheUrlsPositionInTheJob() {
        PreparedBatch batch = new PreparedBatch(
                PlanId.of("aaaaaaaaaaaaaaaaaaaaaa01"),
                AccountId.of("1001"),
                JobId.of("0000000000000000000000a1"),
                SiteId.of(1),
                3,
                T0,
                T0,
                new UrlRange(20, 22));
        List<PositionedUrl> urls =
                List.of(new PositionedUrl(20, "https://example.com/a"), new PositionedUrl(21, "https://example.com/b"));

        BatchResults results = BatchExecution.atJobPositions(
                batch,
                urls,
                List.of(
                        fetch(0, "edge-a", FetchOutcome.WARMED),
                        fetch(0, "edge-b", FetchOutcome.CACHED),
                        fetch(1, "edge-a", FetchOutcome.TIMEOUT),
                        fetch(1, "edge-b", FetchOutcome.WARMED)));

        assertThat(results.batchNo()).isEqualTo(3);
        assertThat(results.positions()).containsExactly(20L, 21L);
        assertThat(results.fetches())
                .extracting(f -> f.urlPosition() + "@" + f.target())
                .containsExactly("20@edge-a", "20@edge-b", "21@edge-a", "21@edge-b");
        assertThat(results.urlCounts().wire()).isEqualTo("warmed:1,timeout:1");
    }

    @Test
    void aBatchStoppedWithTheEngineWhileFetchingIsNotCompletedAndItsLeaseIsGivenUp() throws Exception {
        RecordingRunner runner = new RecordingRunner(startedOn(origin.port(), "/fault/slow"));
        BatchExecution execution = execution(runner, preloader);
        Thread batch = Thread.ofPlatform()
                .start(() ->
                        execution.run(LEASE, runner.started, due(), Duration.ofMinutes(1), heartbeats, Runnable::run));
        await().atMost(Duration.ofSeconds(10)).until(() -> origin.hits("/fault/slow") == 1);

        // What stopping the engine does: the batch thread's own blocking read ends with the cut.
        batch.interrupt();
        execution.cutShortFetching();
        batch.join(Duration.ofSeconds(10));

        assertThat(batch.isAlive()).isFalse();
        assertThat(runner.completed).isEmpty();
        assertThat(runner.released).containsExactly(LEASE);
    }

    @Test
    void theBatchThreadIsFreeOnceTheUrlsAreFetchedAndTheCompletionEndsTheBatch() {
        RecordingRunner runner = new RecordingRunner(startedOn(origin.port(), "/ok/complete-later"));
        BatchExecution execution = execution(runner, preloader);
        List<Runnable> completions = new ArrayList<>();

        CompletableFuture<Void> batch = execution
                .run(LEASE, runner.started, due(), Duration.ofMinutes(1), heartbeats, completions::add)
                .toCompletableFuture();

        assertThat(origin.hits("/ok/complete-later")).isEqualTo(1);
        assertThat(batch).isNotDone();
        assertThat(runner.completed).isEmpty();
        assertThat(completions).hasSize(1);

        completions.getFirst().run(); // what a completion thread does

        assertThat(batch).isCompleted();
        assertThat(runner.completed)
                .singleElement()
                .satisfies(results -> assertThat(results.urlCounts().wire()).isEqualTo("warmed:1"));
        assertThat(runner.released).isEmpty(); // the completion gave the lease up
    }

    @Test
    void aBatchBegunAheadRecordsWhenItsFetchingReallyBeganAsItsStart() {
        RecordingRunner runner = new RecordingRunner(startedOn(origin.port(), "/ok/late"));
        BatchExecution execution = execution(runner, preloader);
        assertThat(runner.started.batch().startedAt()).isEqualTo(T0); // its due time, when it was begun
        long dueNanos = System.nanoTime() - Duration.ofMillis(300).toNanos(); // the batch threads were busy

        execution
                .run(LEASE, runner.started, dueNanos, Duration.ofMinutes(1), heartbeats, Runnable::run)
                .toCompletableFuture()
                .join();

        assertThat(runner.completedBatches).singleElement().satisfies(batch -> {
            assertThat(batch.dueAt()).isEqualTo(T0);
            assertThat(batch.startLag()).isBetween(Duration.ofMillis(300), Duration.ofSeconds(10));
        });
    }

    @Test
    void batchesFetchedWhileTheCompletionThreadsAreBusyAreCompletedTogetherInOneTransaction() {
        RecordingRunner runner = new RecordingRunner(startedOn(origin.port(), "/ok/grouped"));
        BatchExecution execution = execution(runner, preloader);
        List<Runnable> completions = new ArrayList<>();

        List<CompletableFuture<Void>> batches = leases(3).stream()
                .map(lease -> execution
                        .run(lease, runner.started, due(), Duration.ofMinutes(1), heartbeats, completions::add)
                        .toCompletableFuture())
                .toList();
        completions.getFirst().run(); // the first completion run takes all three
        completions.subList(1, 3).forEach(Runnable::run); // the others find nothing left

        assertThat(batches).allSatisfy(batch -> assertThat(batch).isCompleted());
        assertThat(runner.groups).containsExactly(3);
        assertThat(runner.completed).hasSize(3);
        assertThat(runner.released).isEmpty();
    }

    @Test
    void aGroupThatCannotCommitIsCompletedOneByOneSoALostLeaseCostsOnlyItsOwnBatch() {
        List<Lease> leases = leases(3);
        RecordingRunner runner = new RecordingRunner(startedOn(origin.port(), "/ok/group-fails"));
        runner.lost = leases.get(1);
        BatchExecution execution = execution(runner, preloader);
        List<Runnable> completions = new ArrayList<>();

        List<CompletableFuture<Void>> batches = leases.stream()
                .map(lease -> execution
                        .run(lease, runner.started, due(), Duration.ofMinutes(1), heartbeats, completions::add)
                        .toCompletableFuture())
                .toList();
        completions.forEach(Runnable::run);

        assertThat(batches).allSatisfy(batch -> assertThat(batch).isCompleted());
        assertThat(runner.groups).containsExactly(1, 1); // the group rolled back; the two kept, each alone
        assertThat(runner.completedLeases).containsExactly(leases.get(0), leases.get(2));
        assertThat(runner.released).isEmpty(); // a lost lease is not ours to give up
    }

    @Test
    void aCompletionGroupHoldsAtMostItsSizeAndTheRestFollowInTheSameRun() {
        int batches = BatchExecution.COMPLETION_GROUP + 5;
        RecordingRunner runner = new RecordingRunner(startedOn(origin.port(), "/ok/many"));
        BatchExecution execution = execution(runner, preloader);
        List<Runnable> completions = new ArrayList<>();

        leases(batches)
                .forEach(lease -> execution.run(
                        lease, runner.started, due(), Duration.ofMinutes(1), heartbeats, completions::add));
        completions.getFirst().run();

        assertThat(runner.groups).containsExactly(BatchExecution.COMPLETION_GROUP, 5);
    }

    @Test
    void aCompletionGroupHoldsAtMostItsResultsAndABatchOverThemGoesAlone() {
        RecordingRunner runner = new RecordingRunner(startedOn(origin.port(), "/ok/results"));
        BatchExecution execution = execution(runner, preloader);
        execution.completionGroupResults = 2; // one result per batch here
        List<Runnable> completions = new ArrayList<>();

        leases(5)
                .forEach(lease -> execution.run(
                        lease, runner.started, due(), Duration.ofMinutes(1), heartbeats, completions::add));
        completions.getFirst().run();

        assertThat(runner.groups).containsExactly(2, 2, 1);
    }

    @Test
    void aBatchWithMoreResultsThanAGroupHoldsIsCompletedAlone() {
        RecordingRunner runner = new RecordingRunner(startedOn(origin.port(), "/ok/alone"));
        BatchExecution execution = execution(runner, preloader);
        execution.completionGroupResults = 0;
        List<Runnable> completions = new ArrayList<>();

        leases(3)
                .forEach(lease -> execution.run(
                        lease, runner.started, due(), Duration.ofMinutes(1), heartbeats, completions::add));
        completions.getFirst().run();

        assertThat(runner.groups).containsExactly(1, 1, 1);
    }

    private static List<Lease> leases(int count) {
        List<Lease> leases = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            leases.add(new Lease(
                    PlanId.of("aaaaaaaaaaaaaaaaaaaa%04d".formatted(i)),
                    AccountId.of("1001"),
                    "engine-test",
                    3,
                    T0.plusSeconds(60)));
        }
        return leases;
    }

    static BatchExecution execution(BatchRunner runner, Preloader preloader) {
        BatchExecution execution = new BatchExecution();
        execution.runner = runner;
        execution.preloader = preloader;
        execution.clock = Clock.systemUTC();
        execution.metrics = new EngineMetrics();
        execution.batchDeadlineSeconds = 600;
        return execution;
    }

    /** One URL on a site whose edge target is the local origin. */
    static StartedBatch startedOn(int port, String path) {
        Site site = Site.register(
                SiteId.of(1),
                LEASE.accountId(),
                SiteName.of("engine stop"),
                SiteDomains.of("www.example.com"),
                RequestProfile.defaults().withEdgeTargets(List.of(new EdgeTarget("http", "127.0.0.1", port))),
                T0);
        site.activate();
        PreparedBatch batch = new PreparedBatch(
                LEASE.planId(),
                LEASE.accountId(),
                JobId.of("0000000000000000000000a1"),
                site.id(),
                1,
                T0,
                T0,
                new UrlRange(0, 1));
        return new StartedBatch(batch, site, List.of(new PositionedUrl(0, "http://www.example.com" + path)));
    }

    /**
     * Begins the one batch it was given; records completions and releases instead of storing them,
     * each release taking {@code releaseTime} like a round trip to a slow database.
     */
    static class RecordingRunner extends BatchRunner {
        final List<BatchResults> completed = new CopyOnWriteArrayList<>();
        final List<Lease> completedLeases = new CopyOnWriteArrayList<>();
        /** Each completed batch as its completion saw it: with the start its fetching had. */
        final List<PreparedBatch> completedBatches = new CopyOnWriteArrayList<>();

        final List<Lease> released = new CopyOnWriteArrayList<>();
        /** Batches begun ahead whose plan no longer ran at their due time. */
        final List<Lease> withdrawn = new CopyOnWriteArrayList<>();
        /** The size of each group completed in one transaction (a batch completed alone: 1). */
        final List<Integer> groups = new CopyOnWriteArrayList<>();
        /** A lease another instance has taken: its completion fails, alone or in a group. */
        volatile Lease lost;

        final StartedBatch started;
        /** What the engine's claims get, for a runner driving a whole engine. */
        PlanLeases leases;

        private final Duration releaseTime;

        RecordingRunner(StartedBatch started) {
            this(started, Duration.ZERO);
        }

        RecordingRunner(StartedBatch started, Duration releaseTime) {
            this.started = started;
            this.releaseTime = releaseTime;
        }

        /** Every claimed lease gets the one batch this runner was given, begun ahead. */
        @Override
        public Reservations claimAndBegin(String owner, int max, Duration leaseFor, Duration lookahead) {
            long claimedAt = System.nanoTime();
            return new Reservations(
                    claimedAt,
                    leases.claimDueWithin(owner, max, leaseFor, lookahead).stream()
                            .map(claim -> new Reservation(claim, Optional.of(started)))
                            .toList());
        }

        @Override
        public Set<PlanId> stillRunning(String owner, List<PlanId> plans) {
            return leases.stillRunning(owner, plans);
        }

        @Override
        public void withdraw(Lease lease, PreparedBatch batch) {
            withdrawn.add(lease);
        }

        @Override
        public boolean heartbeat(Lease lease, Duration leaseFor) {
            return true;
        }

        @Override
        public void completeAll(List<FetchedBatch> fetched) {
            if (fetched.stream().anyMatch(batch -> batch.lease().equals(lost))) {
                throw new LeaseLostException(lost); // the transaction rolls the whole group back
            }
            fetched.forEach(batch -> {
                completed.add(batch.results());
                completedLeases.add(batch.lease());
                completedBatches.add(batch.batch());
            });
            groups.add(fetched.size());
        }

        @Override
        public void release(Lease lease) {
            try {
                Thread.sleep(releaseTime);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            released.add(lease);
        }
    }

    /** Due now: the batches here start on time. */
    private static long due() {
        return System.nanoTime();
    }

    private static FetchResult fetch(long index, String target, FetchOutcome outcome) {
        return new FetchResult(index, target, "gzip", 200, CacheStatus.MISS, 1, 1, 1, 1, outcome, null);
    }

    @Test
    void aBatchDeadlineBelowOneSecondStopsTheStartWithTheSettingsName() {
        BatchExecution execution = new BatchExecution();
        for (long deadline : new long[] {0, -5}) {
            execution.batchDeadlineSeconds = deadline;
            assertThatThrownBy(execution::requireValidSettings)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("prewarm.engine.batch-deadline-seconds must be at least 1, got " + deadline);
        }
        execution.batchDeadlineSeconds = 1;
        assertThatCode(execution::requireValidSettings).doesNotThrowAnyException();
    }
}
