package dev.prewarm.application.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.prewarm.application.preload.Origin;
import dev.prewarm.application.preload.Preloader;
import dev.prewarm.application.preload.TlsTrust;
import dev.prewarm.application.schedule.BatchExecutionTest.RecordingRunner;
import dev.prewarm.domain.account.AccountId;
import dev.prewarm.domain.outbound.OutboundPolicy;
import dev.prewarm.domain.plan.DueLease;
import dev.prewarm.domain.plan.Lease;
import dev.prewarm.domain.plan.PlanId;
import dev.prewarm.domain.plan.PlanLeases;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PlanEngineTest {
    /** The origin the batches below fetch from, without a cache in front (their edge target). */
    private static Origin origin;

    private static Preloader preloader;

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

    private static final Lease WAITING = new Lease(
            PlanId.of("aaaaaaaaaaaaaaaaaaaaaa01"),
            AccountId.of("1001"),
            "engine-test",
            3,
            Instant.parse("2026-11-29T01:00:00Z"));

    @Test
    void stoppingGivesUpTheLeaseOfABatchBegunButNotStartedYet() {
        // Claimed and begun at the first tick, due in a minute: still waiting when the engine stops.
        RecordingLeases leases = new RecordingLeases(new DueLease(WAITING, Duration.ofMinutes(1)));
        RecordingRunner runner = new RecordingRunner(BatchExecutionTest.startedOn(1, "/never"));
        runner.leases = leases;
        PlanEngine engine = engine(runner, BatchExecutionTest.execution(runner, preloader));

        engine.start(Thread.ofPlatform().daemon(true).factory());
        await().atMost(Duration.ofSeconds(10)).until(() -> leases.claims.get() >= 2); // a tick after the claim
        engine.stop();

        assertThat(runner.released).containsExactly(WAITING);
    }

    @Test
    void aBatchBegunAheadWhosePlanStoppedBeforeItsDueTimeIsWithdrawnNotFetched() {
        RecordingLeases leases = new RecordingLeases(new DueLease(WAITING, Duration.ofMillis(100)));
        leases.running = Set.of(); // stopped (or deleted) between the begin and the due time
        RecordingRunner runner = new RecordingRunner(BatchExecutionTest.startedOn(origin.port(), "/ok/stopped-plan"));
        runner.leases = leases;

        runUntil(runner, () -> runner.withdrawn.contains(WAITING));

        assertThat(leases.checked).containsExactly(List.of(WAITING.planId()));
        assertThat(origin.hits("/ok/stopped-plan")).isZero();
        assertThat(runner.completed).isEmpty();
        assertThat(runner.withdrawn).containsExactly(WAITING); // its lease given up with it
        assertThat(runner.released).as("not given up again at the stop").isEmpty();
    }

    @Test
    void aBatchBegunAheadStartsAtItsDueTimeNotBefore() {
        Duration dueIn = Duration.ofMillis(400);
        RecordingRunner runner = new RecordingRunner(BatchExecutionTest.startedOn(origin.port(), "/ok/on-time"));
        runner.leases = new RecordingLeases(new DueLease(WAITING, dueIn));

        long started = System.nanoTime();
        runUntil(runner, () -> runner.completed.size() == 1);

        assertThat(origin.firstHitNanos("/ok/on-time") - started)
                .as("the tick's own period (10 ms) comes on top of the due time")
                .isGreaterThanOrEqualTo(dueIn.toNanos());
        assertThat(runner.completedLeases).containsExactly(WAITING);
    }

    @Test
    void stoppingWaitsForABatchStillFetchingToGiveItsLeaseUp() {
        Lease dueNow = BatchExecutionTest.LEASE;
        // Giving the lease up takes 300 ms here: a stop that did not wait would return first.
        RecordingRunner runner =
                new RecordingRunner(BatchExecutionTest.startedOn(origin.port(), "/fault/slow"), Duration.ofMillis(300));
        runner.leases = new RecordingLeases(new DueLease(dueNow, Duration.ZERO));

        runUntil(runner, () -> origin.hits("/fault/slow") == 1);

        assertThat(runner.released).containsExactly(dueNow);
        assertThat(runner.completed).isEmpty();
    }

    @Test
    void whenBeginningTheClaimedPlansTogetherFailsEachIsBegunAloneAndABadOneHoldsNoneBack() {
        Lease bad = new Lease(
                PlanId.of("aaaaaaaaaaaaaaaaaaaaaa02"), AccountId.of("1001"), "engine-test", 3, WAITING.expiresAt());
        GroupFailingRunner runner = new GroupFailingRunner(
                "/ok/alone",
                Duration.ZERO,
                bad,
                new RecordingLeases(new DueLease(bad, Duration.ZERO), new DueLease(WAITING, Duration.ZERO)));

        runUntil(runner, () -> runner.completed.size() == 1);

        assertThat(runner.completedLeases).containsExactly(WAITING);
        assertThat(runner.released).containsExactly(bad); // given up, not left to expire
        assertThat(origin.hits("/ok/alone")).isEqualTo(1);
    }

    @Test
    void aBatchClaimedAgainAfterAFailedGroupStartsNoEarlierThanItsOwnClaimSays() {
        Duration dueIn = Duration.ofMillis(400);
        // The group fails after a while (a conflict, a bad plan) and its claims roll back.
        GroupFailingRunner runner = new GroupFailingRunner(
                "/ok/not-early", Duration.ofMillis(300), null, new RecordingLeases(new DueLease(WAITING, dueIn)));

        runUntil(runner, () -> runner.completed.size() == 1);

        assertThat(origin.firstHitNanos("/ok/not-early") - runner.claimedAlone.get())
                .isGreaterThanOrEqualTo(dueIn.toNanos());
    }

    @Test
    void stoppingLetsATickInItsTransactionFinishUninterruptedAndGivesUpWhatItClaimed() throws Exception {
        RecordingLeases leases = new RecordingLeases(new DueLease(WAITING, Duration.ofMinutes(1)));
        CountDownLatch inTransaction = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        AtomicBoolean interrupted = new AtomicBoolean();
        RecordingRunner runner = new RecordingRunner(BatchExecutionTest.startedOn(1, "/never")) {
            @Override
            public Reservations claimAndBegin(String owner, int max, Duration leaseFor, Duration lookahead) {
                Reservations claimed = super.claimAndBegin(owner, max, leaseFor, lookahead);
                inTransaction.countDown();
                try {
                    // An interrupt here is what makes H2 close its file under the whole instance.
                    commit.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    interrupted.set(true);
                }
                return claimed;
            }
        };
        runner.leases = leases;
        PlanEngine engine = engine(runner, BatchExecutionTest.execution(runner, preloader));
        engine.start(Thread.ofPlatform().daemon(true).factory());
        assertThat(inTransaction.await(10, TimeUnit.SECONDS)).isTrue();

        Thread stopping = Thread.ofPlatform().start(engine::stop);
        await().atMost(Duration.ofSeconds(10)).until(() -> stopping.getState() == Thread.State.TIMED_WAITING);
        commit.countDown();
        stopping.join(Duration.ofSeconds(10));

        assertThat(stopping.isAlive()).isFalse();
        assertThat(interrupted).isFalse();
        assertThat(runner.released).containsExactly(WAITING);
    }

    /** Starts an engine on the runner, waits until {@code done}, and stops it. */
    private static void runUntil(RecordingRunner runner, Callable<Boolean> done) {
        PlanEngine engine = engine(runner, BatchExecutionTest.execution(runner, preloader));
        engine.start(Thread.ofPlatform().daemon(true).factory());
        try {
            await().atMost(Duration.ofSeconds(10)).until(done);
        } finally {
            engine.stop();
        }
    }

    /**
     * Claiming and beginning together always fails here, after {@code failAfter}. Claimed one by
     * one, every plan is begun with the one batch, but for {@code bad}, whose begin fails.
     */
    private static final class GroupFailingRunner extends RecordingRunner {
        /** When the engine claimed the plans one by one, on System.nanoTime's scale. */
        final AtomicLong claimedAlone = new AtomicLong();

        private final Duration failAfter;
        private final Lease bad;

        GroupFailingRunner(String path, Duration failAfter, Lease bad, RecordingLeases leases) {
            super(BatchExecutionTest.startedOn(origin.port(), path));
            this.failAfter = failAfter;
            this.bad = bad;
            this.leases = leases;
        }

        @Override
        public Reservations claimAndBegin(String owner, int max, Duration leaseFor, Duration lookahead) {
            LockSupport.parkNanos(failAfter.toNanos());
            throw new IllegalStateException("one plan's begin failed: the whole claim rolled back");
        }

        @Override
        public List<DueLease> claimDueWithin(String owner, int max, Duration leaseFor, Duration lookahead) {
            claimedAlone.compareAndSet(0, System.nanoTime());
            return leases.claimDueWithin(owner, max, leaseFor, lookahead);
        }

        @Override
        public Optional<StartedBatch> beginAhead(Lease lease, Duration ahead) {
            if (lease.equals(bad)) {
                throw new IllegalStateException("this plan's begin fails");
            }
            return Optional.of(started);
        }
    }

    private static PlanEngine engine(BatchRunner runner, BatchExecution execution) {
        PlanEngine engine = new PlanEngine();
        engine.runner = runner;
        engine.execution = execution;
        engine.tickMillis = 10;
        engine.maxBatches = 2;
        engine.maxClaimed = 4;
        engine.leaseSeconds = 60;
        engine.instanceName = Optional.of("engine-test");
        return engine;
    }

    /** Hands out one due lease at the first claim and none after; records what is released. */
    private static final class RecordingLeases implements PlanLeases {
        final AtomicInteger claims = new AtomicInteger();
        final List<Lease> released = new CopyOnWriteArrayList<>();
        /** The plans each start-time check asked about. */
        final List<List<PlanId>> checked = new CopyOnWriteArrayList<>();
        /** The plans still running at a start-time check; null: all asked about. */
        volatile Set<PlanId> running;

        private final List<DueLease> first;

        RecordingLeases(DueLease... first) {
            this.first = List.of(first);
        }

        @Override
        public List<DueLease> claimDueWithin(String owner, int max, Duration leaseFor, Duration lookahead) {
            return claims.getAndIncrement() == 0 ? first : List.of();
        }

        @Override
        public Set<PlanId> stillRunning(String owner, List<PlanId> plans) {
            checked.add(plans);
            return running == null ? Set.copyOf(plans) : running;
        }

        @Override
        public boolean heartbeat(Lease lease, Duration leaseFor) {
            return true;
        }

        @Override
        public void release(Lease lease) {
            released.add(lease);
        }

        @Override
        public Instant fence(Lease lease) {
            throw new AssertionError("no batch should begin");
        }

        @Override
        public Instant fenceAll(List<Lease> leases) {
            throw new AssertionError("no batch should be completed here");
        }

        @Override
        public void releaseAll(List<Lease> fenced) {
            throw new AssertionError("no batch should be completed here");
        }

        @Override
        public Instant databaseNow() {
            return Instant.now();
        }
    }
}
