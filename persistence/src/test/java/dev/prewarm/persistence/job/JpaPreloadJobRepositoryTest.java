package dev.prewarm.persistence.job;

import static dev.prewarm.persistence.testing.Fixtures.ALICE;
import static dev.prewarm.persistence.testing.Fixtures.BOB;
import static dev.prewarm.persistence.testing.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.prewarm.domain.error.PermissionDeniedException;
import dev.prewarm.domain.job.InsertWay;
import dev.prewarm.domain.job.JobBuilder;
import dev.prewarm.domain.job.JobId;
import dev.prewarm.domain.job.PreloadJob;
import dev.prewarm.domain.job.PreloadJobRepository.JobWindow;
import dev.prewarm.domain.plan.Batch;
import dev.prewarm.domain.plan.BatchSlot;
import dev.prewarm.domain.plan.Plan;
import dev.prewarm.domain.site.SiteId;
import dev.prewarm.domain.url.PreloadUrl;
import dev.prewarm.domain.url.RejectionReason;
import dev.prewarm.persistence.plan.JpaPlanRepository;
import dev.prewarm.persistence.testing.Fixtures;
import dev.prewarm.persistence.testing.TestDatabase;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class JpaPreloadJobRepositoryTest {
    private static final SiteId SITE = SiteId.of(1);

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aJobIsReadBackWithEveryField(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind)) {
            Fixtures.accountsAndSites(db);
            PreloadJob job = JobBuilder.aJob()
                    .withId("00000000000000000000000a")
                    .named("launch \u4e2d")
                    .insertedBy(InsertWay.SITEMAP)
                    .createdAt(T0)
                    .withUrls("https://example.com/a", "https://www.example.com/b", "ftp://x", "https://other.org/")
                    .build();
            job.attachFiles("files/accepted-1", "files/rejected-1");
            job.claimNext(1);
            db.runInTransaction(em -> new JpaPreloadJobRepository(em).add(job));

            PreloadJob read = db.inTransaction(
                    em -> new JpaPreloadJobRepository(em).find(ALICE, job.id()).orElseThrow());

            assertThat(read).usingRecursiveComparison().isEqualTo(job);
            assertThat(read.urlCount()).isEqualTo(4);
            assertThat(read.urlSubmitted()).isEqualTo(2);
            assertThat(read.taskSubmitted()).isEqualTo(1);
            assertThat(read.domains()).isEqualTo("example.com,www.example.com");
            assertThat(read.errorInfo()).isEqualTo("InvalidUrl,InvalidDomain");
            assertThat(read.failedFileId()).contains("files/rejected-1");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void anotherAccountsJobIsDeniedAndAnUnknownOneIsEmpty(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind)) {
            Fixtures.accountsAndSites(db);
            PreloadJob bobs = Fixtures.job("0000000000000000000000b0", BOB, 2, T0);
            Fixtures.add(db, bobs);

            assertThatThrownBy(() -> db.inTransaction(em -> new JpaPreloadJobRepository(em).find(ALICE, bobs.id())))
                    .isInstanceOf(PermissionDeniedException.class)
                    .extracting(e -> ((PermissionDeniedException) e).objectId())
                    .isEqualTo(bobs.id().value());
            Optional<PreloadJob> unknown = db.inTransaction(
                    em -> new JpaPreloadJobRepository(em).find(ALICE, JobId.of("ffffffffffffffffffffffff")));
            assertThat(unknown).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void pagesAreNewestFirstWithinTheInclusiveWindow(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind)) {
            Fixtures.accountsAndSites(db);
            for (int i = 0; i < 6; i++) {
                Fixtures.add(db, Fixtures.job("00000000000000000000000" + i, ALICE, 1, T0.plusSeconds(60L * i)));
            }
            // Same instant as job 5: the id breaks the tie.
            Fixtures.add(db, Fixtures.job("00000000000000000000000f", ALICE, 1, T0.plusSeconds(300)));
            Fixtures.add(db, Fixtures.job("0000000000000000000000b0", BOB, 2, T0));
            JobWindow window = new JobWindow(T0.plusSeconds(60), T0.plusSeconds(300));

            List<String> first = page(db, window, 0, 3);
            List<String> second = page(db, window, 3, 3);
            List<String> fromOnly = page(db, new JobWindow(T0.plusSeconds(240), null), 0, 10);
            List<String> toOnly = page(db, new JobWindow(null, T0.plusSeconds(60)), 0, 10);
            long inWindow = db.inTransaction(em -> new JpaPreloadJobRepository(em).countBySite(ALICE, SITE, window));
            long all = db.inTransaction(em -> new JpaPreloadJobRepository(em).countBySite(ALICE, SITE));
            long otherSite = db.inTransaction(em -> new JpaPreloadJobRepository(em).countBySite(ALICE, SiteId.of(2)));

            assertThat(first).containsExactly("...005", "...00f", "...004");
            assertThat(second).containsExactly("...003", "...002", "...001");
            assertThat(fromOnly).containsExactly("...005", "...00f", "...004");
            assertThat(toOnly).containsExactly("...001", "...000");
            assertThat(inWindow).isEqualTo(6);
            assertThat(all).isEqualTo(7);
            assertThat(otherSite).isZero();
        }
    }

    private static List<String> page(TestDatabase db, JobWindow window, int offset, int limit) {
        return db
                .inTransaction(em -> new JpaPreloadJobRepository(em).pageBySite(ALICE, SITE, window, offset, limit))
                .stream()
                .map(job -> "..." + job.id().value().substring(21))
                .toList();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void removingAJobDeletesItsUrlsRejectedLinesPlansBatchesAndResults(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind)) {
            Fixtures.accountsAndSites(db);
            PreloadJob doomed = Fixtures.job("00000000000000000000000d", ALICE, 1, T0);
            PreloadJob kept = Fixtures.job("00000000000000000000000e", ALICE, 1, T0);
            for (PreloadJob job : List.of(doomed, kept)) {
                db.runInTransaction(em -> {
                    JdbcJobUrlStore store = new JdbcJobUrlStore(em);
                    try (var urls = store.acceptedWriter(job.id());
                            var rejected = store.rejectedWriter(job.id())) {
                        urls.accept(0, new PreloadUrl("https://example.com/a"));
                        urls.accept(1, new PreloadUrl("https://example.com/b"));
                        rejected.reject(3, "ftp://x", RejectionReason.INVALID_URL, "not http");
                    }
                    // Children first and no flush: the insert order must still follow the foreign keys.
                    Plan plan = Fixtures.plan(job.id().value().replace('0', 'a'), job);
                    new JpaPlanRepository(em)
                            .addBatch(Batch.begin(plan.id(), job.id(), new BatchSlot(1, T0, 0), 0, 2, "node-1", T0));
                    new JpaPlanRepository(em).add(plan);
                    new JpaPreloadJobRepository(em).add(job);
                });
            }

            for (PreloadJob job : List.of(doomed, kept)) {
                db.runInTransaction(em -> em.createNativeQuery("insert into fetch_result (plan_id, batch_no, result_no,"
                                + " job_id, url_position, target, variant, http_status, cache_status, body_bytes,"
                                + " ttfb_ms, total_ms, attempts, outcome, fetched_at) values (?1, 1, 0, ?2, 0, 'dns',"
                                + " 'gzip', 200, 'MISS', 10, 1, 2, 1, 'warmed', ?3)")
                        .setParameter(1, job.id().value().replace('0', 'a'))
                        .setParameter(2, job.id().value())
                        .setParameter(3, java.time.LocalDateTime.of(2026, 1, 1, 0, 0))
                        .executeUpdate());
            }

            db.runInTransaction(em -> {
                var jobs = new JpaPreloadJobRepository(em);
                jobs.remove(jobs.find(ALICE, doomed.id()).orElseThrow());
            });

            assertThat(rowsOf(db, doomed.id())).containsExactly(0L, 0L, 0L, 0L, 0L, 0L);
            assertThat(rowsOf(db, kept.id())).containsExactly(1L, 2L, 1L, 1L, 1L, 1L);
        }
    }

    /** Rows of the job in preload_job, job_url, job_rejected_line, plan, batch, fetch_result. */
    private static List<Long> rowsOf(TestDatabase db, JobId job) {
        return db.inTransaction(em -> List.of(
                        "select count(*) from preload_job where id = ?1",
                        "select count(*) from job_url where job_id = ?1",
                        "select count(*) from job_rejected_line where job_id = ?1",
                        "select count(*) from plan where job_id = ?1",
                        "select count(*) from batch where job_id = ?1",
                        "select count(*) from fetch_result where job_id = ?1")
                .stream()
                .map(sql -> ((Number) em.createNativeQuery(sql)
                                .setParameter(1, job.value())
                                .getSingleResult())
                        .longValue())
                .toList());
    }
}
