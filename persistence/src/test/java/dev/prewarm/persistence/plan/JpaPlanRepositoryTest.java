package dev.prewarm.persistence.plan;

import static dev.prewarm.persistence.testing.Fixtures.ALICE;
import static dev.prewarm.persistence.testing.Fixtures.BOB;
import static dev.prewarm.persistence.testing.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.prewarm.domain.error.PermissionDeniedException;
import dev.prewarm.domain.fetch.FetchOutcome;
import dev.prewarm.domain.fetch.OutcomeCounts;
import dev.prewarm.domain.job.PreloadJob;
import dev.prewarm.domain.plan.Batch;
import dev.prewarm.domain.plan.BatchSlot;
import dev.prewarm.domain.plan.BatchStatus;
import dev.prewarm.domain.plan.Interval;
import dev.prewarm.domain.plan.Plan;
import dev.prewarm.domain.plan.PlanId;
import dev.prewarm.domain.plan.PlanStatus;
import dev.prewarm.domain.plan.PlanUpdate;
import dev.prewarm.persistence.testing.Fixtures;
import dev.prewarm.persistence.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.RollbackException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class JpaPlanRepositoryTest {
    private static final OutcomeCounts SEVEN_WARMED_THREE_TIMED_OUT =
            OutcomeCounts.of(java.util.Map.of(FetchOutcome.WARMED, 7L, FetchOutcome.TIMEOUT, 3L));

    private static final PreloadJob JOB = Fixtures.job("0000000000000000000000a1", ALICE, 1, T0);
    private static final PreloadJob BOBS_JOB = Fixtures.job("0000000000000000000000b1", BOB, 2, T0);
    private static final PlanId PLAN = PlanId.of("aaaaaaaaaaaaaaaaaaaaaaa1");

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aRunningPlanIsReadBackWithItsInstantsOffsetsAndProgress(TestDatabase.Kind kind) {
        try (TestDatabase db = withJobs(kind)) {
            Plan plan = Fixtures.plan(PLAN.value(), JOB);
            Instant firstDue = plan.nextBatchDue().orElseThrow();
            plan.beginBatch(firstDue.plusSeconds(150));
            db.runInTransaction(em -> new JpaPlanRepository(em).add(plan));

            Plan read = db.inTransaction(
                    em -> new JpaPlanRepository(em).find(ALICE, PLAN).orElseThrow());

            assertThat(read).usingRecursiveComparison().isEqualTo(plan);
            assertThat(read.window().start().offset()).isEqualTo(ZoneOffset.ofHours(8));
            assertThat(read.window().end().orElseThrow().offset()).isEqualTo(ZoneOffset.ofHours(-5));
            assertThat(read.window()).isEqualTo(plan.window());
            assertThat(read.progress()).isEqualTo(plan.progress());
            assertThat(read.progress().missedSlots()).isEqualTo(2);
            assertThat(read.interval()).isEqualTo(new Interval(60));
            assertThat(read.nextBatchDue()).isEqualTo(plan.nextBatchDue());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void anotherAccountsPlanIsDeniedAndAnUnknownOneIsEmpty(TestDatabase.Kind kind) {
        try (TestDatabase db = withJobs(kind)) {
            Fixtures.add(db, Fixtures.plan("bbbbbbbbbbbbbbbbbbbbbbb1", BOBS_JOB));

            assertThatThrownBy(() -> db.inTransaction(
                            em -> new JpaPlanRepository(em).find(ALICE, PlanId.of("bbbbbbbbbbbbbbbbbbbbbbb1"))))
                    .isInstanceOf(PermissionDeniedException.class);
            Optional<Plan> unknown = db.inTransaction(em -> new JpaPlanRepository(em).find(ALICE, PLAN));
            List<Plan> ofBobsJob = db.inTransaction(em -> new JpaPlanRepository(em).listByJob(ALICE, BOBS_JOB.id()));
            assertThat(unknown).isEmpty();
            assertThat(ofBobsJob).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void theSecondOfTwoConcurrentChangesFailsOnItsVersion(TestDatabase.Kind kind) {
        try (TestDatabase db = withJobs(kind)) {
            Fixtures.add(db, Fixtures.plan(PLAN.value(), JOB));
            EntityManager first = db.entityManager();
            EntityManager second = db.entityManager();
            try {
                first.getTransaction().begin();
                second.getTransaction().begin();
                Plan mine = new JpaPlanRepository(first).find(ALICE, PLAN).orElseThrow();
                Plan theirs = new JpaPlanRepository(second).find(ALICE, PLAN).orElseThrow();
                mine.start(T0.plusSeconds(10));
                theirs.update(PlanUpdate.nothing().withInterval(new Interval(120)), T0.plusSeconds(20));
                first.getTransaction().commit();

                assertThatThrownBy(() -> second.getTransaction().commit())
                        .isInstanceOf(RollbackException.class)
                        .hasCauseInstanceOf(OptimisticLockException.class);
            } finally {
                first.close();
                second.close();
            }
            Plan stored = db.inTransaction(
                    em -> new JpaPlanRepository(em).find(ALICE, PLAN).orElseThrow());
            assertThat(stored.interval()).isEqualTo(new Interval(60));
            assertThat(stored.version()).isEqualTo(2);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void batchesArePagedPerPlanOrForTheWholeJob(TestDatabase.Kind kind) {
        try (TestDatabase db = withJobs(kind)) {
            PlanId other = PlanId.of("aaaaaaaaaaaaaaaaaaaaaaa2");
            Fixtures.add(db, Fixtures.plan(PLAN.value(), JOB));
            Fixtures.add(db, Fixtures.plan(other.value(), JOB));
            db.runInTransaction(em -> {
                var plans = new JpaPlanRepository(em);
                for (int n = 1; n <= 3; n++) {
                    // The two plans' batches interleave in time.
                    plans.addBatch(batch(PLAN, n, T0.plusSeconds(100L * n)));
                    plans.addBatch(batch(other, n, T0.plusSeconds(100L * n + 50)));
                }
            });
            db.runInTransaction(em -> em.find(Batch.class, new BatchKey(PLAN, 1))
                    .complete(T0.plusSeconds(130), T0.plusSeconds(100), SEVEN_WARMED_THREE_TIMED_OUT, false));

            List<Batch> ofPlan = db.inTransaction(em -> new JpaPlanRepository(em).batches(ALICE, JOB.id(), PLAN, 1, 5));
            List<Batch> ofJob = db.inTransaction(em -> new JpaPlanRepository(em).batches(ALICE, JOB.id(), null, 0, 4));
            List<Batch> asBob = db.inTransaction(em -> new JpaPlanRepository(em).batches(BOB, JOB.id(), null, 0, 10));
            Batch completed = db.inTransaction(em -> new JpaPlanRepository(em).batches(ALICE, JOB.id(), PLAN, 0, 1))
                    .getFirst();

            assertThat(ofPlan).extracting(Batch::batchNo).containsExactly(2L, 3L);
            assertThat(ofJob)
                    .extracting(b -> b.planId().value().substring(23) + b.batchNo())
                    .containsExactly("11", "21", "12", "22");
            assertThat(asBob).isEmpty();
            assertThat(completed).usingRecursiveComparison().isEqualTo(completedBatch());
            assertThat(completed.status()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(completed.outcomes()).isEqualTo(SEVEN_WARMED_THREE_TIMED_OUT);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void plansAreCountedByStatusAcrossAccounts(TestDatabase.Kind kind) {
        try (TestDatabase db = withJobs(kind)) {
            Plan failed = Fixtures.plan("aaaaaaaaaaaaaaaaaaaaaaa2", JOB);
            failed.fail(T0, "site offline");
            Fixtures.add(db, Fixtures.plan(PLAN.value(), JOB));
            Fixtures.add(db, failed);
            Fixtures.add(db, Fixtures.plan("aaaaaaaaaaaaaaaaaaaaaab1", BOBS_JOB));

            var counts = db.inTransaction(em -> new JpaPlanRepository(em).countByStatus());

            assertThat(counts).containsOnly(Map.entry(PlanStatus.WAITING, 2L), Map.entry(PlanStatus.FAILED, 1L));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void removingAPlanRemovesItsBatchesAndNothingElse(TestDatabase.Kind kind) {
        try (TestDatabase db = withJobs(kind)) {
            PlanId other = PlanId.of("aaaaaaaaaaaaaaaaaaaaaaa2");
            Fixtures.add(db, Fixtures.plan(PLAN.value(), JOB));
            Fixtures.add(db, Fixtures.plan(other.value(), JOB));
            db.runInTransaction(em -> {
                new JpaPlanRepository(em).addBatch(batch(PLAN, 1, T0));
                new JpaPlanRepository(em).addBatch(batch(other, 1, T0));
            });

            db.runInTransaction(em -> {
                var plans = new JpaPlanRepository(em);
                plans.remove(plans.find(ALICE, PLAN).orElseThrow());
            });

            List<Plan> plans = db.inTransaction(em -> new JpaPlanRepository(em).listByJob(ALICE, JOB.id()));
            long count = db.inTransaction(em -> new JpaPlanRepository(em).countByJob(JOB.id()));
            List<Batch> batches =
                    db.inTransaction(em -> new JpaPlanRepository(em).batches(ALICE, JOB.id(), null, 0, 10));
            assertThat(plans).extracting(Plan::id).containsExactly(other);
            assertThat(count).isEqualTo(1);
            assertThat(batches).extracting(Batch::planId).containsExactly(other);
        }
    }

    private static TestDatabase withJobs(TestDatabase.Kind kind) {
        TestDatabase db = TestDatabase.create(kind);
        Fixtures.accountsAndSites(db);
        Fixtures.add(db, JOB);
        Fixtures.add(db, BOBS_JOB);
        return db;
    }

    private static Batch batch(PlanId plan, long no, Instant startedAt) {
        return Batch.begin(
                plan,
                JOB.id(),
                new BatchSlot(no, startedAt.minusSeconds(1), 0),
                10 * no,
                10 * no + 10,
                "node-" + no,
                startedAt);
    }

    private static Batch completedBatch() {
        Batch batch = batch(PLAN, 1, T0.plusSeconds(100));
        batch.complete(T0.plusSeconds(130), T0.plusSeconds(100), SEVEN_WARMED_THREE_TIMED_OUT, false);
        return batch;
    }
}
