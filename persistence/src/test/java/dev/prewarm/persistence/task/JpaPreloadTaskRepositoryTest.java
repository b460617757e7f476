package dev.prewarm.persistence.task;

import static dev.prewarm.persistence.testing.Fixtures.ALICE;
import static dev.prewarm.persistence.testing.Fixtures.BOB;
import static dev.prewarm.persistence.testing.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.prewarm.domain.account.AccountId;
import dev.prewarm.domain.site.Site;
import dev.prewarm.domain.site.SiteId;
import dev.prewarm.domain.task.PreloadSubmission;
import dev.prewarm.domain.task.PreloadTask;
import dev.prewarm.domain.task.TaskFilter;
import dev.prewarm.domain.task.TaskHeaders;
import dev.prewarm.domain.task.TaskId;
import dev.prewarm.domain.task.TaskStatus;
import dev.prewarm.domain.url.PreloadUrl;
import dev.prewarm.persistence.testing.Fixtures;
import dev.prewarm.persistence.testing.TestDatabase;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class JpaPreloadTaskRepositoryTest {
    private static final Site ALICES_SITE = Fixtures.site(1, ALICE);
    private static final Site BOBS_SITE = Fixtures.site(2, BOB);

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void theTasksOfACallAreReadBackWithEveryFieldInOrder(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind)) {
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("X-Zeta", "\u4e2d \"quoted\"");
            headers.put("Accept-Encoding", "br");
            List<PreloadTask> tasks = submit(
                    "00000000000000000000000a",
                    ALICES_SITE,
                    T0,
                    TaskHeaders.of(headers),
                    "https://example.com/a",
                    "https://example.com/b?q=1");
            tasks.get(1).fail(T0.plusSeconds(9), "timeout after 30 s");
            // No flush between: the insert order must still follow the foreign keys.
            db.runInTransaction(em -> {
                em.persist(dev.prewarm.domain.account.Account.open(ALICE, "Alice", T0));
                em.persist(ALICES_SITE);
                new JpaPreloadTaskRepository(em).addAll(tasks);
            });

            List<PreloadTask> read = db.inTransaction(
                    em -> new JpaPreloadTaskRepository(em).listByTaskId(ALICE, TaskId.of("00000000000000000000000a")));

            assertThat(read).usingRecursiveFieldByFieldElementComparator().containsExactlyElementsOf(tasks);
            assertThat(read.get(0).headers().values().keySet()).containsExactly("X-Zeta", "Accept-Encoding");
            assertThat(read.get(1).status()).isEqualTo(TaskStatus.FAILED);
            assertThat(read.get(1).finishedAt()).contains(T0.plusSeconds(9));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aCallOfAnotherAccountIsNotThere(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind)) {
            Fixtures.accountsAndSites(db);
            store(db, submit("0000000000000000000000b0", BOBS_SITE, T0, TaskHeaders.none(), "https://example.com/"));

            assertThat(listByTaskId(db, ALICE, "0000000000000000000000b0")).isEmpty();
            assertThat(listByTaskId(db, BOB, "0000000000000000000000b0")).hasSize(1);
            assertThat(count(db, ALICE, TaskFilter.all())).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void pagesAreNewestFirstAndFilteredBySiteContentStatusAndInclusiveWindow(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind)) {
            Fixtures.accountsAndSites(db);
            store(
                    db,
                    submit(
                            "000000000000000000000001",
                            ALICES_SITE,
                            T0,
                            TaskHeaders.none(),
                            "https://example.com/x",
                            "https://example.com/y"));
            List<PreloadTask> second = submit(
                    "000000000000000000000002",
                    ALICES_SITE,
                    T0.plusSeconds(60),
                    TaskHeaders.none(),
                    "https://example.com/x",
                    "https://example.com/z");
            second.get(0).complete(T0.plusSeconds(61), "warmed");
            store(db, second);
            store(
                    db,
                    submit(
                            "000000000000000000000003",
                            ALICES_SITE,
                            T0.plusSeconds(120),
                            TaskHeaders.none(),
                            "https://example.com/w"));
            store(
                    db,
                    submit(
                            "0000000000000000000000b0",
                            BOBS_SITE,
                            T0.plusSeconds(60),
                            TaskHeaders.none(),
                            "https://example.com/x"));

            assertThat(page(db, TaskFilter.all(), 0, 3)).containsExactly("3#0", "2#0", "2#1");
            assertThat(page(db, TaskFilter.all(), 3, 3)).containsExactly("1#0", "1#1");
            assertThat(count(db, ALICE, TaskFilter.all())).isEqualTo(5);
            TaskFilter x = new TaskFilter(null, new PreloadUrl("https://example.com/x"), null, null, null);
            assertThat(page(db, x, 0, 10)).containsExactly("2#0", "1#0");
            TaskFilter refreshing = new TaskFilter(SiteId.of(1), null, TaskStatus.REFRESHING, null, null);
            assertThat(page(db, refreshing, 0, 10)).containsExactly("3#0", "2#1", "1#0", "1#1");
            assertThat(page(db, new TaskFilter(null, null, TaskStatus.COMPLETE, null, null), 0, 10))
                    .containsExactly("2#0");
            TaskFilter window = new TaskFilter(null, null, null, T0.plusSeconds(60), T0.plusSeconds(120));
            assertThat(page(db, window, 0, 10)).containsExactly("3#0", "2#0", "2#1");
            assertThat(count(db, ALICE, new TaskFilter(null, null, null, null, T0)))
                    .isEqualTo(2);
            assertThat(count(db, ALICE, new TaskFilter(SiteId.of(2), null, null, null, null)))
                    .isZero();
        }
    }

    private static List<PreloadTask> submit(
            String id, Site site, Instant createdAt, TaskHeaders headers, String... urls) {
        return PreloadSubmission.accept(TaskId.of(id), site, List.of(urls), headers, createdAt);
    }

    private static void store(TestDatabase db, List<PreloadTask> tasks) {
        db.runInTransaction(em -> new JpaPreloadTaskRepository(em).addAll(tasks));
    }

    private static List<PreloadTask> listByTaskId(TestDatabase db, AccountId account, String id) {
        return db.inTransaction(em -> new JpaPreloadTaskRepository(em).listByTaskId(account, TaskId.of(id)));
    }

    private static long count(TestDatabase db, AccountId account, TaskFilter filter) {
        return db.inTransaction(em -> new JpaPreloadTaskRepository(em).count(account, filter));
    }

    /** Alice's page as "last digit of TaskId#position". */
    private static List<String> page(TestDatabase db, TaskFilter filter, int offset, int limit) {
        return db.inTransaction(em -> new JpaPreloadTaskRepository(em).page(ALICE, filter, offset, limit)).stream()
                .map(t -> t.taskId().value().substring(23) + "#" + t.position())
                .toList();
    }
}
