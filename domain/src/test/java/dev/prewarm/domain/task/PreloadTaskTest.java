package dev.prewarm.domain.task;

import static dev.prewarm.domain.site.SiteBuilder.aSite;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PreloadTaskTest {
    private static final Instant T0 = Instant.parse("2026-11-28T12:00:00Z");

    private static PreloadTask aTask() {
        return PreloadSubmission.accept(
                        TaskId.of("aaaaaaaaaaaaaaaaaaaaaaaa"),
                        aSite().build(),
                        List.of("https://example.com/"),
                        TaskHeaders.none(),
                        T0)
                .getFirst();
    }

    @Test
    void completingSetsFullProgressTheSummaryAndTheEnd() {
        PreloadTask task = aTask();

        task.complete(T0.plusSeconds(3), "  warmed on 2 targets  ");

        assertThat(task.status()).isEqualTo(TaskStatus.COMPLETE);
        assertThat(task.process()).isEqualTo(100);
        assertThat(task.description()).isEqualTo("warmed on 2 targets");
        assertThat(task.finishedAt()).contains(T0.plusSeconds(3));
        assertThat(task.isFinished()).isTrue();
    }

    @Test
    void failingKeepsTheProgressAndTheReasonCutToItsLimit() {
        PreloadTask task = aTask();

        task.fail(T0.plusSeconds(5), "x".repeat(5000));

        assertThat(task.status()).isEqualTo(TaskStatus.FAILED);
        assertThat(task.process()).isZero();
        assertThat(task.description()).hasSize(PreloadTask.MAX_DESCRIPTION);
        assertThat(task.finishedAt()).contains(T0.plusSeconds(5));
    }

    @Test
    void aFinishedTaskEndsOnlyOnce() {
        PreloadTask task = aTask();
        task.fail(T0, null);

        assertThat(task.description()).isEmpty();
        assertThatThrownBy(() -> task.complete(T0, "late"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("already Failed");
        assertThat(task.status()).isEqualTo(TaskStatus.FAILED);
    }
}
