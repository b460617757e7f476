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
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PlanEngineTest {
    private static final Lease WAITING = new Lease(
            PlanId.of("aaaaaaaaaaaaaaaaaaaaaa01"),
            AccountId.of("1001"),
            "engine-test",
            3,
            Instant.parse("2026-11-29T01:00:00Z"));

    @Test
    void stoppingGivesUpTheLeaseOfABatchClaimedButNotStartedYet() {
        // Claimed at the first tick, due in a minute: still waiting when the engine stops.
        RecordingLeases leases = new RecordingLeases(new DueLease(WAITING, Duration.ofMinutes(1)));
        PlanEngine engine = engine(leases);

        engine.start(Thread.ofPlatform().daemon(true).factory());
        await().atMost(Duration.ofSeconds(10)).until(() -> leases.claims.get() >= 2); // a tick after the claim
        engine.stop();

        assertThat(leases.released).containsExactly(WAITING);
    }

    @Test
    void stoppingWaitsForABatchStillFetchingToGiveItsLeaseUp() throws Exception {
        try (Origin origin = new Origin();
                Preloader preloader = new Preloader(OutboundPolicy.standard(), 16, TlsTrust.jdkDefaults())) {
            Lease dueNow = BatchExecutionTest.LEASE;
            // Giving the lease up takes 300 ms here: a stop that did not wait would return first.
            RecordingRunner runner = new RecordingRunner(
                    BatchExecutionTest.startedOn(origin.port(), "/fault/slow"), Duration.ofMillis(300));
            runner.leases = new RecordingLeases(new DueLease(dueNow, Duration.ZERO));
            PlanEngine engine = engine(runner, BatchExecutionTest.execution(runner, preloader));

            engine.start(Thread.ofPlatform().daemon(true).factory());
            await().atMost(Duration.ofSeconds(10)).until(() -> origin.hits("/fault/slow") == 1);
            engine.stop();

            assertThat(runner.released).containsExactly(dueNow);
            assertThat(runner.completed).isEmpty();
        }
    }

    private static PlanEngine engine(PlanLeases leases) {
        BatchRunner runner = new BatchRunner();
        runner.leases = leases;
        BatchExecution execution = new BatchExecution();
        execution.batchDeadlineSeconds = 600;
        return engine(runner, execution);
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
        private final DueLease first;

        RecordingLeases(DueLease first) {
            this.first = first;
        }

        @Override
        public List<DueLease> claimDueWithin(String owner, int max, Duration leaseFor, Duration lookahead) {
            return claims.getAndIncrement() == 0 ? List.of(first) : List.of();
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
        public Instant databaseNow() {
            return Instant.now();
        }
    }
}
