package dev.prewarm.persistence.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.prewarm.domain.plan.DueLease;
import dev.prewarm.domain.plan.Lease;
import dev.prewarm.domain.plan.LeaseLostException;
import dev.prewarm.domain.plan.PlanId;
import dev.prewarm.persistence.schema.TransactionJdbc;
import dev.prewarm.persistence.testing.TestDatabase;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
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

class JdbcPlanLeasesTest {
    private static final Duration LEASE = LeaseTestbed.LEASE;

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void ownersClaimingConcurrentlyNeverGetTheSamePlan(TestDatabase.Kind kind) throws Exception {
        int owners = 3;
        ExecutorService pool = Executors.newFixedThreadPool(owners);
        try (LeaseTestbed bed = new LeaseTestbed(kind)) {
            Set<PlanId> due = new HashSet<>();
            for (int i = 0; i < 10; i++) {
                due.add(bed.duePlan("aaaaaaaaaaaaaaaaaaaaaa%02d".formatted(i)));
            }
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<List<Lease>>> claims = new ArrayList<>();
            for (int o = 0; o < owners; o++) {
                String owner = "instance-" + o;
                claims.add(CompletableFuture.supplyAsync(
                        () -> {
                            await(start);
                            return bed.claim(owner, 10);
                        },
                        pool));
            }
            start.countDown();
            List<PlanId> claimed = new ArrayList<>();
            for (CompletableFuture<List<Lease>> claim : claims) {
                claim.get(60, TimeUnit.SECONDS).forEach(lease -> claimed.add(lease.planId()));
            }
            assertThat(claimed).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(due);
            assertThat(bed.claim("late", 10)).isEmpty();
        } finally {
            pool.shutdownNow();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void onlyDueSchedulablePlansWhoseLeaseIsFreeAreClaimed(TestDatabase.Kind kind) {
        try (LeaseTestbed bed = new LeaseTestbed(kind)) {
            PlanId due = bed.duePlan("aaaaaaaaaaaaaaaaaaaaaa01");
            bed.planStartedAgo("aaaaaaaaaaaaaaaaaaaaaa02", Duration.ofMinutes(-10), Optional.empty());
            PlanId stopped = bed.duePlan("aaaaaaaaaaaaaaaaaaaaaa03");
            bed.sql("update plan set status = 'stopped' where id = ?", stopped.value());
            PlanId alsoDue = bed.duePlan("aaaaaaaaaaaaaaaaaaaaaa04");
            PlanId held = bed.claim("a", 1).getFirst().planId();
            assertThat(held).isIn(due, alsoDue);

            List<Lease> claimed = bed.claim("b", 10);

            assertThat(claimed).extracting(Lease::planId).containsExactly(held.equals(due) ? alsoDue : due);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aClaimTakesTheDatabaseClockAndRaisesTheVersion(TestDatabase.Kind kind) {
        try (LeaseTestbed bed = new LeaseTestbed(kind)) {
            PlanId plan = bed.duePlan("aaaaaaaaaaaaaaaaaaaaaa01");
            Instant before = bed.databaseNow();

            Lease lease = bed.claim("a", 5).getFirst();

            assertThat(lease.planId()).isEqualTo(plan);
            assertThat(lease.owner()).isEqualTo("a");
            assertThat(lease.version()).isEqualTo(1);
            assertThat(lease.expiresAt())
                    .isBetween(before.plus(LEASE), bed.databaseNow().plus(LEASE));
            assertThat(bed.heartbeat(lease)).isTrue();
            bed.withLeases(leases -> {
                leases.release(lease);
                return null;
            });
            assertThat(bed.heartbeat(lease)).isFalse();
            assertThat(bed.claim("b", 5)).extracting(Lease::version).containsExactly(2L);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void anExpiredLeaseIsTakenOverAndTheOldHoldersHeartbeatIsRejected(TestDatabase.Kind kind) {
        try (LeaseTestbed bed = new LeaseTestbed(kind)) {
            PlanId plan = bed.duePlan("aaaaaaaaaaaaaaaaaaaaaa01");
            Lease old = bed.claim("a", 5).getFirst();
            assertThat(bed.claim("b", 5)).isEmpty();

            bed.expireLease(plan);
            Lease taken = bed.claim("b", 5).getFirst();

            assertThat(taken.version()).isEqualTo(old.version() + 1);
            assertThat(bed.heartbeat(old)).isFalse();
            assertThat(bed.heartbeat(taken)).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aLookaheadClaimsPlansDueSoonWithTheTimeLeftUntilTheirBatch(TestDatabase.Kind kind) {
        try (LeaseTestbed bed = new LeaseTestbed(kind)) {
            PlanId due = bed.duePlan("aaaaaaaaaaaaaaaaaaaaaa01");
            PlanId soon = bed.planStartedAgo("aaaaaaaaaaaaaaaaaaaaaa02", Duration.ofSeconds(-2), Optional.empty());
            bed.planStartedAgo("aaaaaaaaaaaaaaaaaaaaaa03", Duration.ofMinutes(-10), Optional.empty());
            List<DueLease> now = bed.withLeases(leases -> leases.claimDueWithin("a", 10, LEASE, Duration.ZERO));
            assertThat(now)
                    .extracting(claimed -> claimed.lease().planId(), DueLease::dueIn)
                    .containsExactly(tuple(due, Duration.ZERO));

            List<DueLease> ahead =
                    bed.withLeases(leases -> leases.claimDueWithin("b", 10, LEASE, Duration.ofSeconds(5)));

            assertThat(ahead).extracting(claimed -> claimed.lease().planId()).containsExactly(soon);
            assertThat(ahead.getFirst().dueIn()).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(2));
        }
    }

    /**
     * More leases than one statement checks (a completion group of many batches): every chunk is
     * fenced and released, and a lease lost in a later chunk still fails the fence.
     */
    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void leasesBeyondOneStatementAreFencedAndReleasedInChunks(TestDatabase.Kind kind) {
        try (LeaseTestbed bed = new LeaseTestbed(kind)) {
            for (int i = 0; i < 5; i++) {
                bed.duePlan("aaaaaaaaaaaaaaaaaaaaaa%02d".formatted(i));
            }
            List<Lease> held = bed.claim("a", 5);
            assertThat(held).hasSize(5);

            Instant fenced = bed.db.inTransaction(em -> new JdbcPlanLeases(em, 2).fenceAll(held));
            assertThat(fenced)
                    .isBetween(Instant.now().minusSeconds(60), Instant.now().plusSeconds(60));
            assertThatThrownBy(() -> bed.db.inTransaction(em -> new JdbcPlanLeases(em, 2).fenceAll(List.of())))
                    .isInstanceOf(IllegalArgumentException.class);

            bed.expireLease(held.getLast().planId());
            Lease taken = bed.claim("b", 5).getFirst();
            assertThat(taken.planId()).isEqualTo(held.getLast().planId());
            assertThatThrownBy(() -> bed.db.inTransaction(em -> new JdbcPlanLeases(em, 2).fenceAll(held)))
                    .isInstanceOfSatisfying(
                            LeaseLostException.class,
                            lost -> assertThat(lost.lease()).isEqualTo(held.getLast()));

            List<Lease> stillHeld = held.subList(0, 4);
            bed.db.runInTransaction(em -> new JdbcPlanLeases(em, 2).releaseAll(stillHeld));
            assertThat(bed.claim("c", 5))
                    .extracting(Lease::planId)
                    .containsExactlyInAnyOrderElementsOf(
                            stillHeld.stream().map(Lease::planId).toList());
        }
    }

    /** A session in UTC+8 must neither shift the clock nor make a plan due eight hours early. */
    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void theSessionTimeZoneShiftsNeitherTheClockNorDueTimes(TestDatabase.Kind kind) {
        try (LeaseTestbed bed = new LeaseTestbed(kind)) {
            PlanId due = bed.planStartedAgo("aaaaaaaaaaaaaaaaaaaaaa01", Duration.ofSeconds(30), Optional.empty());
            bed.planStartedAgo("aaaaaaaaaaaaaaaaaaaaaa02", Duration.ofHours(-2), Optional.empty());

            record Seen(Instant now, List<Lease> claimed) {}
            Seen seen = bed.db.inTransaction(em -> {
                try (Statement zone = TransactionJdbc.connection(em, "test").createStatement()) {
                    zone.execute("set time zone 'Asia/Shanghai'");
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
                JdbcPlanLeases leases = new JdbcPlanLeases(em);
                return new Seen(leases.databaseNow(), leases.claimDue("a", 5, LEASE));
            });

            assertThat(seen.now())
                    .isBetween(Instant.now().minusSeconds(60), Instant.now().plusSeconds(60));
            assertThat(seen.claimed()).extracting(Lease::planId).containsExactly(due);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
