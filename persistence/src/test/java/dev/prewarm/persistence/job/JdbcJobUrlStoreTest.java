package dev.prewarm.persistence.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.prewarm.domain.job.JobId;
import dev.prewarm.domain.job.JobUrlStore.PositionedUrl;
import dev.prewarm.domain.job.JobUrlStore.RejectedLine;
import dev.prewarm.domain.job.UrlRange;
import dev.prewarm.domain.url.PreloadUrl;
import dev.prewarm.domain.url.RejectionReason;
import dev.prewarm.persistence.testing.TestDatabase;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class JdbcJobUrlStoreTest {
    private static final JobId JOB = JobId.of("0123456789abcdef01234567");
    private static final JobId OTHER = JobId.of("0123456789abcdef0123456f");

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aSliceHoldsExactlyTheRangeOfThisJobInOrder(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind)) {
            write(db, JOB, 2_500);
            write(db, OTHER, 10);

            List<PositionedUrl> slice =
                    db.inTransaction(em -> new JdbcJobUrlStore(em).slice(JOB, new UrlRange(995, 1005)));
            List<PositionedUrl> tail =
                    db.inTransaction(em -> new JdbcJobUrlStore(em).slice(JOB, new UrlRange(2_498, 3_000)));

            assertThat(slice).extracting(PositionedUrl::position).containsExactlyElementsOf(range(995, 1005));
            assertThat(slice.getFirst().url()).isEqualTo(url(995));
            assertThat(tail).extracting(PositionedUrl::position).containsExactly(2_498L, 2_499L);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void rejectedLinesArePagedInLineOrder(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind)) {
            db.runInTransaction(em -> {
                try (var writer = new JdbcJobUrlStore(em).rejectedWriter(JOB)) {
                    for (long line = 1; line <= 1_500; line++) {
                        writer.reject(line * 2, "bad " + line, RejectionReason.INVALID_DOMAIN, "x".repeat(600));
                    }
                }
            });

            List<RejectedLine> page = db.inTransaction(em -> new JdbcJobUrlStore(em).rejectedLines(JOB, 1_000, 3));

            assertThat(page).extracting(RejectedLine::lineNumber).containsExactly(2_002L, 2_004L, 2_006L);
            assertThat(page.getFirst().text()).isEqualTo("bad 1001");
            assertThat(page.getFirst().reason()).isEqualTo("InvalidDomain");
            assertThat(page.getFirst().detail()).hasSize(512);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void urlsWrittenInARolledBackTransactionAreGone(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind)) {
            assertThatThrownBy(() -> db.runInTransaction(em -> {
                        try (var writer = new JdbcJobUrlStore(em).acceptedWriter(JOB)) {
                            LongStream.range(0, 1_500).forEach(i -> writer.accept(i, new PreloadUrl(url(i))));
                        }
                        throw new IllegalStateException("intake failed");
                    }))
                    .hasMessage("intake failed");

            List<PositionedUrl> stored =
                    db.inTransaction(em -> new JdbcJobUrlStore(em).slice(JOB, new UrlRange(0, 2_000)));
            assertThat(stored).isEmpty();
        }
    }

    /** H2 only: the point is that the writer streams; PostgreSQL is covered by the small tests. */
    @Test
    void aMillionUrlsAreWrittenInBatchesAndASliceIsAPrimaryKeyRangeRead() {
        try (TestDatabase db = TestDatabase.create(TestDatabase.Kind.H2)) {
            long started = System.nanoTime();
            write(db, JOB, 1_000_000);
            long written = System.nanoTime();
            List<PositionedUrl> slice =
                    db.inTransaction(em -> new JdbcJobUrlStore(em).slice(JOB, new UrlRange(500_000, 500_100)));
            long read = System.nanoTime();
            System.out.printf(
                    "1,000,000 URLs written in %d ms, slice of 100 read in %d ms%n",
                    (written - started) / 1_000_000, (read - written) / 1_000_000);

            assertThat(slice).extracting(PositionedUrl::position).containsExactlyElementsOf(range(500_000, 500_100));
            assertThat(slice).extracting(PositionedUrl::url).first().isEqualTo(url(500_000));
        }
    }

    private static void write(TestDatabase db, JobId job, long count) {
        db.runInTransaction(em -> {
            try (var writer = new JdbcJobUrlStore(em).acceptedWriter(job)) {
                for (long i = 0; i < count; i++) {
                    writer.accept(i, new PreloadUrl(url(i)));
                }
            }
        });
    }

    private static String url(long i) {
        return "https://example.com/page/" + i + "?utm=x";
    }

    private static List<Long> range(long from, long to) {
        return LongStream.range(from, to).boxed().toList();
    }
}
