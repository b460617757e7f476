package dev.prewarm.persistence.task;

import static dev.prewarm.persistence.testing.Fixtures.ALICE;
import static dev.prewarm.persistence.testing.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.prewarm.domain.site.Site;
import dev.prewarm.domain.task.PreloadSubmission;
import dev.prewarm.domain.task.PreloadTask;
import dev.prewarm.domain.task.TaskClaims.ClaimedTask;
import dev.prewarm.domain.task.TaskHeaders;
import dev.prewarm.domain.task.TaskId;
import dev.prewarm.persistence.testing.Fixtures;
import dev.prewarm.persistence.testing.TestDatabase;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class JdbcTaskClaimsTest {
    private static final Site ALICES_SITE = Fixtures.site(1, ALICE);
    private static final Duration CLAIM = Duration.ofMinutes(2);

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void eachRefreshingTaskIsClaimedByOneOwnerUntilItsClaimExpires(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind)) {
            Fixtures.accountsAndSites(db);
            List<PreloadTask> tasks = PreloadSubmission.accept(
                    TaskId.of("0000000000000000000000c1"),
                    ALICES_SITE,
                    List.of("https://example.com/a", "https://example.com/b", "https://example.com/c"),
                    TaskHeaders.none(),
                    T0);
            tasks.get(2).complete(T0, "done");
            db.runInTransaction(em -> new JpaPreloadTaskRepository(em).addAll(tasks));

            List<ClaimedTask> first = claim(db, "one", 1);
            List<ClaimedTask> second = claim(db, "two", 5);
            List<ClaimedTask> none = claim(db, "three", 5);
            db.runInTransaction(
                    em -> em.createNativeQuery("update preload_task set claim_expires_at = ? where position = 0")
                            .setParameter(1, java.time.LocalDateTime.of(2000, 1, 1, 0, 0))
                            .executeUpdate());
            List<ClaimedTask> retaken = claim(db, "four", 5);

            assertThat(first).extracting(ClaimedTask::position).containsExactly(0);
            assertThat(second).extracting(ClaimedTask::position).containsExactly(1);
            assertThat(none).isEmpty();
            assertThat(retaken).extracting(ClaimedTask::position).containsExactly(0);
            assertThat(retaken.getFirst().account()).isEqualTo(ALICE);
        }
    }

    private static List<ClaimedTask> claim(TestDatabase db, String owner, int max) {
        return db.inTransaction(em -> new JdbcTaskClaims(em).claimRefreshing(owner, max, CLAIM));
    }
}
