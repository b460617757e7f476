package dev.prewarm.persistence.result;

import static dev.prewarm.persistence.testing.Fixtures.ALICE;
import static dev.prewarm.persistence.testing.Fixtures.BOB;
import static dev.prewarm.persistence.testing.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.prewarm.domain.fetch.CacheStatus;
import dev.prewarm.domain.fetch.FetchOutcome;
import dev.prewarm.domain.fetch.FetchResult;
import dev.prewarm.domain.job.PreloadJob;
import dev.prewarm.domain.plan.Plan;
import dev.prewarm.domain.result.BatchResults;
import dev.prewarm.domain.result.ResultPage;
import dev.prewarm.domain.result.StoredResult;
import dev.prewarm.domain.result.UrlStatus;
import dev.prewarm.persistence.plan.JpaPlanRepository;
import dev.prewarm.persistence.schema.TransactionJdbc;
import dev.prewarm.persistence.testing.Fixtures;
import dev.prewarm.persistence.testing.TestDatabase;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Results as the batch completion writes them (two edge targets per URL), read back and purged. */
class JdbcFetchResultStoreTest {
    private static final PreloadJob JOB = Fixtures.job("0000000000000000000000a1", ALICE, 1, T0);
    private static final Plan PLAN = Fixtures.plan("aaaaaaaaaaaaaaaaaaaaaa01", JOB);
    private static final int URLS = 6;

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aPlansResultsArePagedInFetchOrderWithTheirUrlAndFilteredByOutcome(TestDatabase.Kind kind) {
        try (TestDatabase db = seeded(kind)) {
            record(db, batch(1, 0, 3, FetchOutcome.WARMED), T0.plusSeconds(60));
            record(db, batch(2, 3, 6, FetchOutcome.CLIENT_ERROR), T0.plusSeconds(120));

            ResultPage page = store(db, s -> s.planResults(ALICE, PLAN.id(), Optional.empty(), 2, 3));
            ResultPage failed =
                    store(db, s -> s.planResults(ALICE, PLAN.id(), Optional.of(FetchOutcome.CLIENT_ERROR), 0, 100));
            ResultPage asBob = store(db, s -> s.planResults(BOB, PLAN.id(), Optional.empty(), 0, 100));

            assertThat(page.total()).isEqualTo(12);
            assertThat(page.results())
                    .extracting(
                            r -> r.batchNo() + ":" + r.url() + "@" + r.fetch().target())
                    .containsExactly(
                            "1:https://example.com/u1@edge-a",
                            "1:https://example.com/u1@edge-b",
                            "1:https://example.com/u2@edge-a");
            StoredResult first = page.results().getFirst();
            assertThat(first.fetch()).isEqualTo(fetch(1, "edge-a", FetchOutcome.WARMED));
            assertThat(first.fetchedAt()).isEqualTo(T0.plusSeconds(60));
            assertThat(first.jobId()).isEqualTo(JOB.id());
            assertThat(failed.total()).isEqualTo(6);
            assertThat(failed.results()).allSatisfy(r -> assertThat(r.batchNo()).isEqualTo(2));
            assertThat(asBob.total()).isZero();
            assertThat(asBob.results()).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aUrlsHistoryIsNewestFirstAndItsLastOutcomeIsTheLatestBatchs(TestDatabase.Kind kind) {
        try (TestDatabase db = seeded(kind)) {
            record(db, batch(1, 0, 3, FetchOutcome.SERVER_ERROR), T0.plusSeconds(60));
            record(db, batch(2, 0, 3, FetchOutcome.CACHED), T0.plusSeconds(120));

            List<StoredResult> history = store(db, s -> s.urlResults(ALICE, JOB.id(), 1, 10));
            var statuses = store(db, s -> s.urlStatuses(ALICE, JOB.id(), 1, 3));

            assertThat(history)
                    .extracting(r -> r.batchNo() + ":" + r.fetch().outcome())
                    .containsExactly("2:cached", "2:cached", "1:server_error", "1:server_error");
            assertThat(statuses)
                    .extracting(u -> u.url() + "=" + u.lastOutcome().orElse(null) + "@"
                            + u.lastFetchedAt().orElse(null))
                    .containsExactly(
                            "https://example.com/u1=cached@" + T0.plusSeconds(120),
                            "https://example.com/u2=cached@" + T0.plusSeconds(120),
                            "https://example.com/u3=null@null");
            List<StoredResult> bobsHistory = store(db, s -> s.urlResults(BOB, JOB.id(), 1, 10));
            List<UrlStatus> bobsUrls = store(db, s -> s.urlStatuses(BOB, JOB.id(), 0, 10));
            assertThat(bobsHistory).isEmpty();
            assertThat(bobsUrls).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void thePurgeTakesOldResultsOldestFirstInBoundedChunksAndLeavesTheRest(TestDatabase.Kind kind) {
        try (TestDatabase db = seeded(kind)) {
            record(db, batch(1, 0, 2, FetchOutcome.WARMED), T0.plusSeconds(60));
            record(db, batch(2, 2, 4, FetchOutcome.WARMED), T0.plusSeconds(120));
            record(db, batch(3, 4, 6, FetchOutcome.WARMED), T0.plusSeconds(180));
            Instant cutoff = T0.plusSeconds(150);

            List<Integer> chunks = new ArrayList<>();
            for (int round = 0; round < 10; round++) {
                int purged = store(db, s -> s.purgeFetchedBefore(cutoff, 3));
                chunks.add(purged);
                if (purged < 3) {
                    break;
                }
            }

            assertThat(chunks).containsExactly(3, 3, 2);
            int again = store(db, s -> s.purgeFetchedBefore(cutoff, 3));
            assertThat(again).isZero();
            ResultPage left = store(db, s -> s.planResults(ALICE, PLAN.id(), Optional.empty(), 0, 100));
            assertThat(left.results())
                    .extracting(StoredResult::batchNo)
                    .containsOnly(3L)
                    .hasSize(4);
            assertThat(store(db, s -> s.urlStatuses(ALICE, JOB.id(), 0, 1))
                            .getFirst()
                            .lastOutcome())
                    .as("the last outcome outlives the purged results")
                    .contains(FetchOutcome.WARMED);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void removingThePlanRemovesItsResults(TestDatabase.Kind kind) {
        try (TestDatabase db = seeded(kind)) {
            record(db, batch(1, 0, 3, FetchOutcome.WARMED), T0.plusSeconds(60));

            db.runInTransaction(em -> {
                var plans = new JpaPlanRepository(em);
                plans.remove(plans.find(ALICE, PLAN.id()).orElseThrow());
            });

            List<StoredResult> left = store(db, s -> s.urlResults(ALICE, JOB.id(), 0, 10));
            assertThat(left).isEmpty();
        }
    }

    private static TestDatabase seeded(TestDatabase.Kind kind) {
        TestDatabase db = TestDatabase.create(kind);
        Fixtures.accountsAndSites(db);
        Fixtures.add(db, JOB);
        Fixtures.add(db, Fixtures.plan(PLAN.id().value(), JOB));
        db.runInTransaction(em -> {
            try (PreparedStatement insert = TransactionJdbc.connection(em, "test")
                    .prepareStatement("insert into job_url (job_id, position, url) values (?, ?, ?)")) {
                for (int position = 0; position < URLS; position++) {
                    insert.setString(1, JOB.id().value());
                    insert.setLong(2, position);
                    insert.setString(3, "https://example.com/u" + position);
                    insert.executeUpdate();
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        return db;
    }

    /** URLs [from, to) of the job, each fetched through two edge targets with one outcome. */
    private static BatchResults batch(long batchNo, long from, long to, FetchOutcome outcome) {
        List<Long> positions = new ArrayList<>();
        List<FetchResult> fetches = new ArrayList<>();
        for (long position = from; position < to; position++) {
            positions.add(position);
            fetches.add(fetch(position, "edge-a", outcome));
            fetches.add(fetch(position, "edge-b", outcome));
        }
        return new BatchResults(PLAN.id(), JOB.id(), batchNo, positions, fetches);
    }

    private static FetchResult fetch(long position, String target, FetchOutcome outcome) {
        boolean ok = outcome.isSuccess();
        return new FetchResult(
                position,
                target,
                "gzip",
                ok ? 200 : 404,
                ok ? CacheStatus.HIT : CacheStatus.NONE,
                ok ? 4096 : 0,
                12,
                34,
                ok ? 1 : 2,
                outcome,
                ok ? null : "HTTP 404");
    }

    private static void record(TestDatabase db, BatchResults batch, Instant at) {
        db.runInTransaction(em -> new JdbcFetchResultStore(em).record(batch, at));
    }

    private static <T> T store(TestDatabase db, Function<JdbcFetchResultStore, T> read) {
        return db.inTransaction(em -> read.apply(new JdbcFetchResultStore(em)));
    }
}
