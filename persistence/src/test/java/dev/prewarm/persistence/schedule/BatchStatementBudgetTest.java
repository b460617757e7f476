package dev.prewarm.persistence.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prewarm.domain.plan.DueLease;
import dev.prewarm.domain.plan.FetchedBatch;
import dev.prewarm.domain.plan.Lease;
import dev.prewarm.domain.plan.LeasedBatches;
import dev.prewarm.domain.plan.PlanId;
import dev.prewarm.domain.plan.PreparedBatch;
import dev.prewarm.persistence.job.JdbcJobUrlStore;
import dev.prewarm.persistence.job.JpaPreloadJobRepository;
import dev.prewarm.persistence.plan.JpaPlanRepository;
import dev.prewarm.persistence.result.JdbcFetchResultStore;
import dev.prewarm.persistence.schema.TransactionJdbc;
import dev.prewarm.persistence.site.JpaSiteRepository;
import dev.prewarm.persistence.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * How many SQL statements each transaction of a batch costs, counted by H2's query statistics. The
 * engine runs thousands of small batches a second on one instance, so every statement here is
 * paid at that rate: a change that adds one should be a decision, not an accident.
 */
class BatchStatementBudgetTest {
    @Test
    void aBatchsBeginAndCompletionStayWithinTheirStatementBudget() {
        try (LeaseTestbed bed = new LeaseTestbed(TestDatabase.Kind.H2)) {
            PlanId plan = bed.duePlan("aaaaaaaaaaaaaaaaaaaaaa01");
            Lease first = bed.claim("a", 5).getFirst();
            bed.complete(first, bed.begin(first).orElseThrow(), 10, 0);
            bed.oneIntervalPasses(plan);
            // The second batch: its begin also reads the batch before it, to abandon it if it was lost.
            Lease lease = bed.claim("a", 5).getFirst();
            startCounting(bed);

            PreparedBatch batch = bed.db.inTransaction(em -> {
                // What BatchRunner.begin does in its one transaction.
                PreparedBatch begun = batches(em).begin(lease).orElseThrow();
                new JpaSiteRepository(em)
                        .find(begun.accountId(), begun.siteId())
                        .orElseThrow();
                new JdbcJobUrlStore(em).slice(begun.jobId(), begun.range());
                return begun;
            });
            List<String> begin = counted(bed);

            bed.complete(lease, batch, 9, 1);
            List<String> complete = counted(bed);

            // Fence (lock and clock), plan, site, job (locked), the plan's last batch (by key),
            // URL slice, then the batch's insert and the plan's and job's updates.
            assertThat(begin).as(String.join("\n", begin)).hasSize(9);
            // Fence, plan, job, batch, one result insert and one last-outcome update per URL,
            // the lease's release, then the batch's and the plan's updates.
            long urls = batch.range().size();
            assertThat(complete).as(String.join("\n", complete)).hasSize((int) (7 + 2 * urls));
            assertThat(complete).anyMatch(sql -> sql.startsWith("update plan set lease_owner = null"));
            assertThat(bed.heartbeat(lease)).isFalse();
        }
    }

    @Test
    void theTicksClaimAndItsBeginsCostAFewStatementsPerPlanAndOneCommit() {
        try (LeaseTestbed bed = new LeaseTestbed(TestDatabase.Kind.H2)) {
            bed.duePlan("aaaaaaaaaaaaaaaaaaaaaa01");
            bed.duePlan("aaaaaaaaaaaaaaaaaaaaaa02");
            startCounting(bed);

            List<Lease> leases = new ArrayList<>();
            List<PreparedBatch> begun = bed.db.inTransaction(em -> {
                // What BatchRunner.claimAndBegin does in its one transaction.
                JdbcPlanLeases planLeases = new JdbcPlanLeases(em);
                List<DueLease> claimed = planLeases.claimDueWithin("a", 5, LeaseTestbed.LEASE, Duration.ofMillis(500));
                claimed.forEach(claim -> leases.add(claim.lease()));
                Instant now = planLeases.databaseNow();
                List<PreparedBatch> started = new ArrayList<>();
                for (Optional<PreparedBatch> each : batches(em)
                        .beginAllClaimed(claimed.stream().map(DueLease::lease).toList(), now, now.plusMillis(500))) {
                    PreparedBatch batch = each.orElseThrow();
                    new JpaSiteRepository(em)
                            .find(batch.accountId(), batch.siteId())
                            .orElseThrow();
                    new JdbcJobUrlStore(em).slice(batch.jobId(), batch.range());
                    started.add(batch);
                }
                // Nothing is written before the commit: a read that flushed the unit of work (as a
                // JPA or native query does) would write-check every batch begun so far, per plan.
                assertThat(executions(em, "INSERT INTO batch")).isZero();
                return started;
            });
            List<String> tick = counted(bed);

            assertThat(begun).hasSize(2);
            // The clock twice and the claimable plans once; per plan its lease taken, the plan, the
            // URL slice, the batch's insert and the plan's update; per job its lock and its
            // cursor's update, and the site read once: the transaction has them already.
            assertThat(tick).as(String.join("\n", tick)).hasSize(3 + 2 * 5 + 2 + 1);

            bed.withBatches(batches -> {
                // What BatchRunner.completeAll does with the two once they are fetched.
                List<FetchedBatch> fetched = new ArrayList<>();
                for (int i = 0; i < begun.size(); i++) {
                    PreparedBatch batch = begun.get(i);
                    fetched.add(new FetchedBatch(leases.get(i), batch, LeaseTestbed.results(batch, 10)));
                }
                batches.completeAll(fetched);
                return null;
            });
            List<String> completion = counted(bed);

            // One fence, one read of the plans, one of the jobs and one release for the group; per
            // batch its read and its and its plan's updates, and per URL its result and last outcome.
            assertThat(completion).as(String.join("\n", completion)).hasSize(4 + 2 * (3 + 2 * 10));
        }
    }

    private static LeasedBatches batches(EntityManager em) {
        return new LeasedBatches(
                new JpaPlanRepository(em),
                new JpaPreloadJobRepository(em),
                new JdbcPlanLeases(em),
                new JpaSiteRepository(em),
                new JdbcFetchResultStore(em));
    }

    /** How often statements starting with {@code prefix} ran since counting started. */
    private static long executions(EntityManager em, String prefix) {
        try (Statement statement = TransactionJdbc.connection(em, "counting").createStatement();
                ResultSet rows = statement.executeQuery(
                        "select execution_count, sql_statement from information_schema.query_statistics")) {
            long count = 0;
            while (rows.next()) {
                if (rows.getString(2).startsWith(prefix)) {
                    count += rows.getInt(1);
                }
            }
            return count;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void startCounting(LeaseTestbed bed) {
        bed.sql("set query_statistics true");
    }

    /**
     * Each execution of each statement since the last call, and starts counting afresh. Commits
     * are not statements of the step, and {@code CALL DATABASE()} is H2's driver reading the
     * catalog once per connection.
     */
    private static List<String> counted(LeaseTestbed bed) {
        return bed.db.inTransaction(em -> {
            List<String> executed = new ArrayList<>();
            try (Statement statement =
                            TransactionJdbc.connection(em, "counting").createStatement();
                    ResultSet rows = statement.executeQuery(
                            "select execution_count, sql_statement from information_schema.query_statistics")) {
                while (rows.next()) {
                    String sql = rows.getString(2);
                    if (!sql.toLowerCase().contains("query_statistics")
                            && !sql.equals("COMMIT")
                            && !sql.equals("CALL DATABASE()")) {
                        for (int i = 0; i < rows.getInt(1); i++) {
                            executed.add(sql);
                        }
                    }
                }
                statement.execute("set query_statistics false");
                statement.execute("set query_statistics true");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return executed;
        });
    }
}
