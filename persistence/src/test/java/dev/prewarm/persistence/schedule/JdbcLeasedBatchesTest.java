package dev.prewarm.persistence.schedule;

import static dev.prewarm.persistence.testing.Fixtures.ALICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.prewarm.domain.fetch.FetchOutcome;
import dev.prewarm.domain.job.UrlRange;
import dev.prewarm.domain.plan.Batch;
import dev.prewarm.domain.plan.BatchStatus;
import dev.prewarm.domain.plan.FetchedBatch;
import dev.prewarm.domain.plan.Lease;
import dev.prewarm.domain.plan.LeaseLostException;
import dev.prewarm.domain.plan.Plan;
import dev.prewarm.domain.plan.PlanId;
import dev.prewarm.domain.plan.PlanStatus;
import dev.prewarm.domain.plan.PreparedBatch;
import dev.prewarm.domain.result.ResultPage;
import dev.prewarm.domain.result.UrlStatus;
import dev.prewarm.persistence.plan.JpaPlanRepository;
import dev.prewarm.persistence.result.JdbcFetchResultStore;
import dev.prewarm.persistence.schema.TransactionJdbc;
import dev.prewarm.persistence.testing.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The fenced halves of a batch (LeasedBatches) on the real repositories and leases. */
class JdbcLeasedBatchesTest {
    private static final Duration LEASE = LeaseTestbed.LEASE;

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void twoPlansOfOneJobAdvanceItsCursorExactlyOncePerBatch(TestDatabase.Kind kind) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (LeaseTestbed bed = new LeaseTestbed(kind)) {
            PlanId first = bed.duePlan("aaaaaaaaaaaaaaaaaaaaaa01");
            PlanId second = bed.duePlan("aaaaaaaaaaaaaaaaaaaaaa02");
            List<Lease> leases = bed.claim("a", 5);
            assertThat(leases).hasSize(2);

            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<PreparedBatch>> begun = new ArrayList<>();
            for (Lease lease : leases) {
                begun.add(CompletableFuture.supplyAsync(
                        () -> {
                            await(start);
                            return bed.begin(lease).orElseThrow();
                        },
                        pool));
            }
            start.countDown();
            List<PreparedBatch> batches = new ArrayList<>();
            for (CompletableFuture<PreparedBatch> batch : begun) {
                batches.add(batch.get(60, TimeUnit.SECONDS));
            }

            assertThat(batches)
                    .extracting(PreparedBatch::range)
                    .containsExactlyInAnyOrder(new UrlRange(0, 10), new UrlRange(10, 20));
            assertThat(bed.job().taskSubmitted()).isEqualTo(20);
            for (PreparedBatch batch : batches) {
                Batch stored = storedBatch(bed, batch.planId(), 1);
                assertThat(stored.status()).isEqualTo(BatchStatus.RUNNING);
                assertThat(new UrlRange(stored.urlFrom(), stored.urlTo())).isEqualTo(batch.range());
                assertThat(stored.instance()).isEqualTo("a");
                Lease lease = leaseOf(leases, batch.planId());
                bed.complete(lease, batch, 9, 1);
                assertThat(storedBatch(bed, batch.planId(), 1).status()).isEqualTo(BatchStatus.COMPLETED);
                assertThat(bed.plan(batch.planId()).progress().urlsDone()).isEqualTo(10);
                assertThat(bed.plan(batch.planId()).status()).isEqualTo(PlanStatus.RUNNING);
            }

            bed.oneIntervalPasses(first);
            bed.oneIntervalPasses(second);
            List<Lease> again = bed.claim("a", 5); // each completion gave its lease up
            assertThat(again).hasSize(2);
            PreparedBatch last = bed.begin(leaseOf(again, first)).orElseThrow();
            assertThat(last.range()).isEqualTo(new UrlRange(20, 25));
            assertThat(bed.begin(leaseOf(again, second))).isEmpty();
            assertThat(bed.plan(second).status()).isEqualTo(PlanStatus.FINISHED);
            bed.complete(leaseOf(again, first), last, 5, 0);
            assertThat(bed.plan(first).status()).isEqualTo(PlanStatus.FINISHED);
            assertThat(bed.job().taskSubmitted()).isEqualTo(25);
        } finally {
            pool.shutdownNow();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aStaleHoldersCommitIsRejectedAndTheNewHolderRunsItsRangeAgain(TestDatabase.Kind kind) {
        try (LeaseTestbed bed = new LeaseTestbed(kind)) {
            PlanId plan = bed.duePlan("aaaaaaaaaaaaaaaaaaaaaa01");
            Lease old = bed.claim("a", 5).getFirst();
            PreparedBatch inFlight = bed.begin(old).orElseThrow();

            bed.expireLease(plan);
            bed.oneIntervalPasses(plan); // a plan is claimed again only when its next batch is due
            Lease taken = bed.claim("b", 5).getFirst();

            assertThatThrownBy(() -> bed.complete(old, inFlight, 10, 0)).isInstanceOf(LeaseLostException.class);
            assertThatThrownBy(() -> bed.begin(old)).isInstanceOf(LeaseLostException.class);
            assertThat(bed.heartbeat(taken))
                    .as("the rejected steps gave up no lease")
                    .isTrue();
            assertThat(storedBatch(bed, plan, 1).status()).isEqualTo(BatchStatus.RUNNING);
            assertThat(bed.plan(plan).progress().batchesDone()).isZero();

            PreparedBatch again = bed.begin(taken).orElseThrow();

            assertThat(again.batchNo()).isEqualTo(2);
            assertThat(again.range()).isEqualTo(inFlight.range());
            assertThat(storedBatch(bed, plan, 1).status()).isEqualTo(BatchStatus.ABANDONED);
            assertThat(storedBatch(bed, plan, 2).instance()).isEqualTo("b");
            assertThat(bed.job().taskSubmitted()).isEqualTo(10);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aCompletedBatchStoresEveryFetchItsOutcomeCountsAndEachUrlsLastOutcome(TestDatabase.Kind kind) {
        try (LeaseTestbed bed = new LeaseTestbed(kind)) {
            PlanId plan = bed.duePlan("aaaaaaaaaaaaaaaaaaaaaa01");
            Lease lease = bed.claim("a", 5).getFirst();
            PreparedBatch batch = bed.begin(lease).orElseThrow();

            bed.complete(lease, batch, 8, 2);

            Batch stored = storedBatch(bed, plan, 1);
            assertThat(stored.succeeded()).isEqualTo(8);
            assertThat(stored.outcomes().wire()).isEqualTo("warmed:8,server_error:2");
            ResultPage results = bed.db.inTransaction(
                    em -> new JdbcFetchResultStore(em).planResults(ALICE, plan, Optional.empty(), 0, 100));
            assertThat(results.total()).isEqualTo(10);
            assertThat(results.results())
                    .extracting(r -> r.fetch().urlPosition())
                    .containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L);
            assertThat(results.results().get(9).url()).isEqualTo(LeaseTestbed.url(9));
            assertThat(results.results().get(9).fetch().error()).isEqualTo("HTTP 503");
            assertThat(results.results().get(0).fetchedAt())
                    .isEqualTo(stored.finishedAt().orElseThrow());
            List<UrlStatus> urls =
                    bed.db.inTransaction(em -> new JdbcFetchResultStore(em).urlStatuses(ALICE, bed.job.id(), 7, 4));
            assertThat(urls)
                    .extracting(u -> u.position() + "="
                            + u.lastOutcome().map(FetchOutcome::wireName).orElse("-"))
                    .containsExactly("7=warmed", "8=server_error", "9=server_error", "10=-");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aCompletionGivesTheLeaseUpInItsOwnCommit(TestDatabase.Kind kind) {
        try (LeaseTestbed bed = new LeaseTestbed(kind)) {
            PlanId plan = bed.duePlan("aaaaaaaaaaaaaaaaaaaaaa01");
            Lease lease = bed.claim("a", 5).getFirst();
            PreparedBatch batch = bed.begin(lease).orElseThrow();
            assertThat(bed.heartbeat(lease)).as("a begun batch keeps its lease").isTrue();

            bed.complete(lease, batch, 10, 0);

            assertThat(bed.heartbeat(lease)).isFalse();
            bed.oneIntervalPasses(plan);
            List<Lease> next = bed.claim("b", 5);
            assertThat(next).extracting(Lease::planId).containsExactly(plan);
            assertThat(next.getFirst().version())
                    .as("the version stays, as a fencing token must")
                    .isEqualTo(lease.version() + 1);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aBatchDueWithinTheLookaheadIsBegunWithItsClaimAndRecordsWhenItsFetchingBegan(TestDatabase.Kind kind) {
        try (LeaseTestbed bed = new LeaseTestbed(kind)) {
            PlanId plan = bed.planStartedAgo("aaaaaaaaaaaaaaaaaaaaaa01", Duration.ofSeconds(-3), Optional.empty());
            Instant due = bed.plan(plan).nextBatchDue().orElseThrow();
            assertThat(bed.claimAndBeginAhead("a", Duration.ofSeconds(1)))
                    .as("due later than the lookahead")
                    .isEmpty();

            LeaseTestbed.Begun begun =
                    bed.claimAndBeginAhead("a", Duration.ofSeconds(5)).getFirst();

            PreparedBatch batch = begun.batch().orElseThrow();
            assertThat(batch.dueAt()).isEqualTo(due).isAfter(bed.databaseNow());
            assertThat(batch.startedAt())
                    .as("its due time, until it is fetched")
                    .isEqualTo(due);
            assertThat(batch.range()).isEqualTo(new UrlRange(0, 10));
            assertThat(bed.plan(plan).status()).isEqualTo(PlanStatus.RUNNING);
            assertThat(bed.job().taskSubmitted()).isEqualTo(10);

            bed.complete(begun.lease(), batch.fetchStartedAt(due.plusMillis(40)), 10, 0);

            Batch stored = storedBatch(bed, plan, batch.batchNo());
            assertThat(stored.startedAt()).isEqualTo(due.plusMillis(40));
            assertThat(stored.status()).isEqualTo(BatchStatus.COMPLETED);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aBatchBegunAheadWhosePlanStoppedIsWithdrawnAndItsUrlsGoBackToTheJob(TestDatabase.Kind kind) {
        try (LeaseTestbed bed = new LeaseTestbed(kind)) {
            PlanId plan = bed.planStartedAgo("aaaaaaaaaaaaaaaaaaaaaa01", Duration.ofSeconds(-3), Optional.empty());
            LeaseTestbed.Begun begun =
                    bed.claimAndBeginAhead("a", Duration.ofSeconds(5)).getFirst();
            PreparedBatch batch = begun.batch().orElseThrow();
            bed.stop(plan); // a Stop meanwhile

            bed.withdraw(begun);

            assertThat(storedBatch(bed, plan, batch.batchNo()).status()).isEqualTo(BatchStatus.ABANDONED);
            assertThat(bed.job().taskSubmitted())
                    .as("the URLs are the job's again")
                    .isZero();
            assertThat(bed.heartbeat(begun.lease())).as("the lease is given up").isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aWithdrawnBatchWhoseUrlsAnotherPlanHasPassedStaysRunningForItsPlansRestart(TestDatabase.Kind kind) {
        try (LeaseTestbed bed = new LeaseTestbed(kind)) {
            PlanId stopped = bed.planStartedAgo("aaaaaaaaaaaaaaaaaaaaaa01", Duration.ofSeconds(-3), Optional.empty());
            bed.planStartedAgo("aaaaaaaaaaaaaaaaaaaaaa02", Duration.ofSeconds(-3), Optional.empty());
            List<LeaseTestbed.Begun> begun = bed.claimAndBeginAhead("a", Duration.ofSeconds(5));
            LeaseTestbed.Begun first = begun.stream()
                    .filter(b -> b.lease().planId().equals(stopped))
                    .findFirst()
                    .orElseThrow();
            PreparedBatch batch = first.batch().orElseThrow();
            bed.stop(stopped);

            bed.withdraw(first);

            assertThat(storedBatch(bed, stopped, batch.batchNo()).status()).isEqualTo(BatchStatus.RUNNING);
            assertThat(bed.job().taskSubmitted())
                    .as("the other plan's slice lies after it")
                    .isEqualTo(20);
            assertThat(bed.heartbeat(first.lease())).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void onlyThePlansStillRunningUnderTheOwnersLeaseAreStartedAtTheirDueTime(TestDatabase.Kind kind) {
        try (LeaseTestbed bed = new LeaseTestbed(kind)) {
            PlanId running = bed.planStartedAgo("aaaaaaaaaaaaaaaaaaaaaa01", Duration.ofSeconds(-3), Optional.empty());
            PlanId stopped = bed.planStartedAgo("aaaaaaaaaaaaaaaaaaaaaa02", Duration.ofSeconds(-3), Optional.empty());
            assertThat(bed.claimAndBeginAhead("a", Duration.ofSeconds(5)))
                    .hasSize(2)
                    .allMatch(begun -> begun.batch().isPresent());
            bed.stop(stopped); // a Stop meanwhile

            Set<PlanId> byTheHolder = bed.withLeases(leases -> leases.stillRunning("a", List.of(running, stopped)));
            Set<PlanId> byAnother = bed.withLeases(leases -> leases.stillRunning("b", List.of(running, stopped)));

            assertThat(byTheHolder).containsExactly(running);
            assertThat(byAnother).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void batchesOfSeveralPlansCompleteTogetherInOneTransaction(TestDatabase.Kind kind) {
        try (LeaseTestbed bed = new LeaseTestbed(kind)) {
            PlanId one = bed.duePlan("aaaaaaaaaaaaaaaaaaaaaa01");
            PlanId two = bed.duePlan("aaaaaaaaaaaaaaaaaaaaaa02");
            List<Lease> leases = bed.claim("a", 5);
            List<PreparedBatch> begun = bed.beginEach(leases);

            // What the engine's completion threads do with batches fetched at about the same time.
            completeAll(bed, leases, begun);

            for (PlanId plan : List.of(one, two)) {
                assertThat(bed.plan(plan).progress().batchesDone()).isEqualTo(1);
            }
            assertThat(leases).noneMatch(bed::heartbeat);
            assertThat(bed.claim("b", 5)).as("neither is due again yet").isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aGroupWithOneLostLeaseIsRejectedWholeAndTheOthersStayTheirHoldersToComplete(TestDatabase.Kind kind) {
        try (LeaseTestbed bed = new LeaseTestbed(kind)) {
            PlanId kept = bed.duePlan("aaaaaaaaaaaaaaaaaaaaaa01");
            PlanId lost = bed.duePlan("aaaaaaaaaaaaaaaaaaaaaa02");
            List<Lease> leases = bed.claim("a", 5);
            List<PreparedBatch> begun = bed.beginEach(leases);
            bed.expireLease(lost);
            bed.oneIntervalPasses(lost); // a plan is claimed again only when its next batch is due
            assertThat(bed.claim("b", 5)).extracting(Lease::planId).containsExactly(lost);

            assertThatThrownBy(() -> completeAll(bed, leases, begun))
                    .isInstanceOf(LeaseLostException.class)
                    .hasMessageContaining(lost.value());

            assertThat(bed.plan(kept).progress().batchesDone()).isZero();
            assertThat(storedBatch(bed, kept, 1).status()).isEqualTo(BatchStatus.RUNNING);
            Lease keptLease = leases.stream()
                    .filter(l -> l.planId().equals(kept))
                    .findFirst()
                    .orElseThrow();
            assertThat(bed.heartbeat(keptLease))
                    .as("still a's to complete on its own")
                    .isTrue();
        }
    }

    /** What the engine's completion threads do: the batches, each with ten URLs warmed, in one transaction. */
    private static void completeAll(LeaseTestbed bed, List<Lease> leases, List<PreparedBatch> begun) {
        bed.withBatches(batches -> {
            batches.completeAll(fetched(leases, begun));
            return null;
        });
    }

    private static List<FetchedBatch> fetched(List<Lease> leases, List<PreparedBatch> begun) {
        List<FetchedBatch> fetched = new ArrayList<>();
        for (int i = 0; i < leases.size(); i++) {
            fetched.add(new FetchedBatch(leases.get(i), begun.get(i), LeaseTestbed.results(begun.get(i), 10)));
        }
        return fetched;
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aStaleHoldersResultsRollBackWithItsRejectedCommit(TestDatabase.Kind kind) {
        try (LeaseTestbed bed = new LeaseTestbed(kind)) {
            PlanId plan = bed.duePlan("aaaaaaaaaaaaaaaaaaaaaa01");
            Lease old = bed.claim("a", 5).getFirst();
            PreparedBatch inFlight = bed.begin(old).orElseThrow();
            bed.expireLease(plan);
            bed.oneIntervalPasses(plan);
            bed.claim("b", 5);

            assertThatThrownBy(() -> bed.complete(old, inFlight, 10, 0)).isInstanceOf(LeaseLostException.class);

            ResultPage results = bed.db.inTransaction(
                    em -> new JdbcFetchResultStore(em).planResults(ALICE, plan, Optional.empty(), 0, 100));
            assertThat(results.total()).isZero();
            List<UrlStatus> urls =
                    bed.db.inTransaction(em -> new JdbcFetchResultStore(em).urlStatuses(ALICE, bed.job.id(), 0, 10));
            assertThat(urls)
                    .hasSize(10)
                    .allSatisfy(url -> assertThat(url.lastOutcome()).isEmpty());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aPlanNotYetDueAgainBeginsNothing(TestDatabase.Kind kind) {
        try (LeaseTestbed bed = new LeaseTestbed(kind)) {
            PlanId plan = bed.duePlan("aaaaaaaaaaaaaaaaaaaaaa01");
            Lease lease = bed.claim("a", 5).getFirst();
            assertThat(bed.begin(lease)).isPresent();

            assertThat(bed.begin(lease)).isEmpty();
            assertThat(bed.heartbeat(lease))
                    .as("a begin with nothing to fetch gives the lease up")
                    .isFalse();
            assertThat(bed.plan(plan).progress().batchesBegun()).isEqualTo(1);
            assertThat(bed.job().taskSubmitted()).isEqualTo(10);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aDuePlanOfASiteThatIsNotActiveFailsWithItsReasonAndTakesNoUrl(TestDatabase.Kind kind) {
        try (LeaseTestbed bed = new LeaseTestbed(kind)) {
            PlanId plan = bed.duePlan("aaaaaaaaaaaaaaaaaaaaaa01");
            bed.sql(
                    "update site set status = 'offline' where id = ?",
                    bed.job().siteId().value());
            Lease lease = bed.claim("a", 5).getFirst();

            assertThat(bed.begin(lease)).isEmpty();

            Plan failed = bed.plan(plan);
            assertThat(failed.status()).isEqualTo(PlanStatus.FAILED);
            assertThat(failed.progress().failureReason())
                    .hasValue("the site 1 is offline; plans run only on active sites");
            assertThat(bed.job().taskSubmitted()).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aPlanPastItsEndTimeFinishesWithTheUrlsLeftCounted(TestDatabase.Kind kind) {
        try (LeaseTestbed bed = new LeaseTestbed(kind)) {
            PlanId plan = bed.planStartedAgo(
                    "aaaaaaaaaaaaaaaaaaaaaa01", Duration.ofMinutes(10), Optional.of(Duration.ofMinutes(5)));
            Lease lease = bed.claim("a", 5).getFirst();

            assertThat(bed.begin(lease)).isEmpty();

            Plan finished = bed.plan(plan);
            assertThat(finished.status()).isEqualTo(PlanStatus.FINISHED);
            assertThat(finished.progress().unwarmedAtEnd()).isEqualTo(LeaseTestbed.URLS);
            assertThat(finished.progress().missedSlots()).isEqualTo(6);
            assertThat(bed.job().taskSubmitted()).isZero();
        }
    }

    /** A batch lost with its instance counts as unwarmed when EndTime passes before anyone could run it again. */
    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aPlanPastItsEndTimeCountsTheUrlsOfABatchLostInFlightAsUnwarmed(TestDatabase.Kind kind) {
        try (LeaseTestbed bed = new LeaseTestbed(kind)) {
            PlanId plan = bed.planStartedAgo(
                    "aaaaaaaaaaaaaaaaaaaaaa01", Duration.ofSeconds(30), Optional.of(Duration.ofMinutes(1)));
            Lease crashed = bed.claim("a", 5).getFirst();
            PreparedBatch inFlight = bed.begin(crashed).orElseThrow();

            bed.sql(
                    "update plan set end_time = ? where id = ?",
                    TransactionJdbc.utc(bed.databaseNow().minusSeconds(1)),
                    plan.value());
            bed.expireLease(plan);
            Lease taken = bed.claim("b", 5).getFirst();

            assertThat(bed.begin(taken)).isEmpty();

            Plan finished = bed.plan(plan);
            assertThat(finished.status()).isEqualTo(PlanStatus.FINISHED);
            assertThat(finished.progress().unwarmedAtEnd()).isEqualTo(LeaseTestbed.URLS);
            assertThat(storedBatch(bed, plan, inFlight.batchNo()).status()).isEqualTo(BatchStatus.ABANDONED);
            assertThat(bed.job().taskSubmitted()).isEqualTo(inFlight.range().to());
        }
    }

    private static Batch storedBatch(LeaseTestbed bed, PlanId plan, long batchNo) {
        return bed.db.inTransaction(
                em -> new JpaPlanRepository(em).findBatch(ALICE, plan, batchNo).orElseThrow());
    }

    private static Lease leaseOf(List<Lease> leases, PlanId plan) {
        return leases.stream().filter(l -> l.planId().equals(plan)).findFirst().orElseThrow();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
