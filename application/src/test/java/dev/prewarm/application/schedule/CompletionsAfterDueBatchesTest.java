package dev.prewarm.application.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CompletionsAfterDueBatchesTest {
    private final ExecutorService completionThreads = Executors.newSingleThreadExecutor();
    private final List<String> events = new CopyOnWriteArrayList<>();

    @AfterEach
    void stopThreads() {
        completionThreads.shutdownNow();
    }

    @Test
    void aCompletionRunsOnlyOnceNoDueBatchWaitsForAThread() {
        AtomicInteger checks = new AtomicInteger();
        CompletionsAfterDueBatches completions = new CompletionsAfterDueBatches(
                completionThreads,
                () -> {
                    boolean waiting = checks.incrementAndGet() <= 3; // three checks find due batches waiting
                    events.add(waiting ? "due batches waiting" : "none waiting");
                    return waiting;
                },
                Duration.ofMinutes(1));

        completions.execute(() -> events.add("completed"));

        await().atMost(Duration.ofSeconds(10)).until(() -> events.contains("completed"));
        assertThat(events)
                .containsExactly(
                        "due batches waiting",
                        "due batches waiting",
                        "due batches waiting",
                        "none waiting",
                        "completed");
    }

    @Test
    void aCompletionWaitsNoLongerThanTheHoldWhenTheBatchThreadsNeverCatchUp() {
        CompletionsAfterDueBatches completions =
                new CompletionsAfterDueBatches(completionThreads, () -> true, Duration.ofMillis(50));

        completions.execute(() -> events.add("completed"));

        await().atMost(Duration.ofSeconds(10)).until(() -> events.contains("completed"));
    }
}
