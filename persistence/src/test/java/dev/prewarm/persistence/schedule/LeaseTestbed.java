package dev.prewarm.persistence.schedule;

import static dev.prewarm.domain.job.JobBuilder.aJob;

import dev.prewarm.domain.fetch.CacheStatus;
import dev.prewarm.domain.fetch.FetchOutcome;
import dev.prewarm.domain.fetch.FetchResult;
import dev.prewarm.domain.job.PreloadJob;
import dev.prewarm.domain.plan.DueLease;
import dev.prewarm.domain.plan.Interval;
import dev.prewarm.domain.plan.Lease;
import dev.prewarm.domain.plan.LeasedBatches;
import dev.prewarm.domain.plan.Plan;
import dev.prewarm.domain.plan.PlanId;
import dev.prewarm.domain.plan.PlanRequest;
import dev.prewarm.domain.plan.PlanTime;
import dev.prewarm.domain.plan.PreparedBatch;
import dev.prewarm.domain.plan.SliceLen;
import dev.prewarm.domain.result.BatchResults;
import dev.prewarm.persistence.job.JpaPreloadJobRepository;
import dev.prewarm.persistence.plan.JpaPlanRepository;
import dev.prewarm.persistence.result.JdbcFetchResultStore;
import dev.prewarm.persistence.schema.TransactionJdbc;
import dev.prewarm.persistence.site.JpaSiteRepository;
import dev.prewarm.persistence.testing.Fixtures;
import dev.prewarm.persistence.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A database with accounts, sites and one job of 25 URLs, plus plans timed against the database's
 * clock: every plan runs every 60 s and takes 10 URLs per batch.
 */
final class LeaseTestbed implements AutoCloseable {
    static final String JOB_ID = "0000000000000000000000a1";
    static final int URLS = 25;

    final TestDatabase db;
    final PreloadJob job;

    LeaseTestbed(TestDatabase.Kind kind) {
        db = TestDatabase.create(kind);
        Fixtures.accountsAndSites(db);
        job = aJob().withId(JOB_ID)
                .ownedBy(Fixtures.ALICE.value())
                .forSite(1)
                .createdAt(Fixtures.T0)
                .withUrlCount(URLS)
                .build();
        Fixtures.add(db, job);
        for (int position = 0; position < URLS; position++) {
            sql("insert into job_url (job_id, position, url) values (?, ?, ?)", JOB_ID, position, url(position));
        }
    }

    static String url(long position) {
        return "https://example.com/u" + position;
    }

    Instant databaseNow() {
        return db.inTransaction(em -> new JdbcPlanLeases(em).databaseNow());
    }

    /** A plan whose first batch was due {@code ago} before the database's now (negative: in the future). */
    PlanId planStartedAgo(String id, Duration ago, Optional<Duration> endAfterStart) {
        Instant start = databaseNow().minus(ago).truncatedTo(ChronoUnit.SECONDS);
        PlanRequest request = new PlanRequest(
                Optional.of(PlanTime.of(OffsetDateTime.ofInstant(start, ZoneOffset.UTC))),
                endAfterStart.map(d -> PlanTime.of(OffsetDateTime.ofInstant(start.plus(d), ZoneOffset.UTC))),
                new Interval(60),
                new SliceLen(10));
        Plan plan = Plan.create(PlanId.of(id), job.id(), job.owner(), request, start.minus(Duration.ofHours(1)));
        Fixtures.add(db, plan);
        return plan.id();
    }

    PlanId duePlan(String id) {
        return planStartedAgo(id, Duration.ofMinutes(5).plusSeconds(30), Optional.empty());
    }

    Plan plan(PlanId id) {
        return db.inTransaction(
                em -> new JpaPlanRepository(em).find(Fixtures.ALICE, id).orElseThrow());
    }

    PreloadJob job() {
        return db.inTransaction(em ->
                new JpaPreloadJobRepository(em).find(Fixtures.ALICE, job.id()).orElseThrow());
    }

    /** What the application's use case does in each of its transactions. */
    <T> T withBatches(Function<LeasedBatches, T> step) {
        return db.inTransaction(em -> step.apply(new LeasedBatches(
                new JpaPlanRepository(em),
                new JpaPreloadJobRepository(em),
                new JdbcPlanLeases(em),
                new JpaSiteRepository(em),
                new JdbcFetchResultStore(em))));
    }

    static final Duration LEASE = Duration.ofSeconds(30);

    /** What the engine's tick does in its one transaction: claim the plans due within {@code ahead} and begin their batches. */
    List<Begun> claimAndBeginAhead(String owner, Duration ahead) {
        return db.inTransaction(em -> {
            JdbcPlanLeases leases = new JdbcPlanLeases(em);
            List<DueLease> claimed = leases.claimDueWithin(owner, 5, LEASE, ahead);
            Instant now = leases.databaseNow();
            LeasedBatches batches = new LeasedBatches(
                    new JpaPlanRepository(em),
                    new JpaPreloadJobRepository(em),
                    leases,
                    new JpaSiteRepository(em),
                    new JdbcFetchResultStore(em));
            List<Lease> taken = claimed.stream().map(DueLease::lease).toList();
            List<Optional<PreparedBatch>> begun = batches.beginAllClaimed(taken, now, now.plus(ahead));
            List<Begun> result = new ArrayList<>();
            for (int i = 0; i < taken.size(); i++) {
                result.add(new Begun(taken.get(i), begun.get(i)));
            }
            return result;
        });
    }

    record Begun(Lease lease, Optional<PreparedBatch> batch) {}

    /** What the engine does at the due time of a batch begun ahead whose plan no longer runs. */
    void withdraw(Begun begun) {
        withBatches(batches -> {
            batches.withdraw(begun.lease(), begun.batch().orElseThrow());
            return null;
        });
    }

    /** The plan's status as a Stop leaves it, written behind the engine's back. */
    void stop(PlanId plan) {
        sql("update plan set status = 'stopped' where id = ?", plan.value());
    }

    List<Lease> claim(String owner, int max) {
        return withLeases(leases -> leases.claimDue(owner, max, LEASE));
    }

    boolean heartbeat(Lease lease) {
        return withLeases(leases -> leases.heartbeat(lease, LEASE));
    }

    Optional<PreparedBatch> begin(Lease lease) {
        return withBatches(batches -> batches.begin(lease));
    }

    /** Begins each lease's batch, each in its own transaction; every one must be due. */
    List<PreparedBatch> beginEach(List<Lease> leases) {
        return leases.stream().map(lease -> begin(lease).orElseThrow()).toList();
    }

    /** Completes the batch with one fetch per URL: the first {@code succeeded} warmed, the rest server errors. */
    void complete(Lease lease, PreparedBatch batch, long succeeded, long failed) {
        if (succeeded + failed != batch.range().size()) {
            throw new IllegalArgumentException("the test must account for every URL of " + batch.range());
        }
        complete(lease, batch, results(batch, succeeded));
    }

    void complete(Lease lease, PreparedBatch batch, BatchResults results) {
        withBatches(batches -> {
            batches.complete(lease, batch, results);
            return null;
        });
    }

    static BatchResults results(PreparedBatch batch, long succeeded) {
        List<Long> positions = new java.util.ArrayList<>();
        List<FetchResult> fetches = new java.util.ArrayList<>();
        for (long position = batch.range().from(); position < batch.range().to(); position++) {
            boolean warmed = position - batch.range().from() < succeeded;
            positions.add(position);
            fetches.add(new FetchResult(
                    position,
                    "direct",
                    "gzip",
                    warmed ? 200 : 503,
                    warmed ? CacheStatus.MISS : CacheStatus.NONE,
                    warmed ? 1234 : 0,
                    5,
                    9,
                    warmed ? 1 : 3,
                    warmed ? FetchOutcome.WARMED : FetchOutcome.SERVER_ERROR,
                    warmed ? null : "HTTP 503"));
        }
        return new BatchResults(batch.planId(), batch.jobId(), batch.batchNo(), positions, fetches);
    }

    <T> T withLeases(Function<JdbcPlanLeases, T> step) {
        return db.inTransaction(em -> step.apply(new JdbcPlanLeases(em)));
    }

    void sql(String statement, Object... parameters) {
        db.runInTransaction(em -> execute(em, statement, parameters));
    }

    /** One Interval passes for the plan: its whole grid moves back by 60 s. */
    void oneIntervalPasses(PlanId plan) {
        sql(
                "update plan set start_time = start_time - interval '60' second,"
                        + " anchor_at = anchor_at - interval '60' second,"
                        + " next_batch_due = next_batch_due - interval '60' second,"
                        + " last_batch_due = last_batch_due - interval '60' second where id = ?",
                plan.value());
    }

    void expireLease(PlanId plan) {
        sql(
                "update plan set lease_expires_at = ? where id = ?",
                TransactionJdbc.utc(databaseNow().minusSeconds(1)),
                plan.value());
    }

    private static void execute(EntityManager em, String statement, Object... parameters) {
        try (PreparedStatement update = TransactionJdbc.connection(em, "test").prepareStatement(statement)) {
            for (int i = 0; i < parameters.length; i++) {
                update.setObject(i + 1, parameters[i]);
            }
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        db.close();
    }
}
