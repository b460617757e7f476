package dev.prewarm.application.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.prewarm.domain.account.AccountId;
import dev.prewarm.domain.fetch.CacheStatus;
import dev.prewarm.domain.fetch.FetchOutcome;
import dev.prewarm.domain.fetch.FetchResult;
import dev.prewarm.domain.job.JobId;
import dev.prewarm.domain.job.JobUrlStore.PositionedUrl;
import dev.prewarm.domain.job.UrlRange;
import dev.prewarm.domain.plan.PlanId;
import dev.prewarm.domain.plan.PreparedBatch;
import dev.prewarm.domain.result.BatchResults;
import dev.prewarm.domain.site.SiteId;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class BatchExecutionTest {
    private static final Instant T0 = Instant.parse("2026-11-28T12:00:00Z");

    @Test
    void resultsNumberedByTheirPlaceInTheBatchAreKeptByTheUrlsPositionInTheJob() {
        PreparedBatch batch = new PreparedBatch(
                PlanId.of("aaaaaaaaaaaaaaaaaaaaaa01"),
                AccountId.of("1001"),
                JobId.of("0000000000000000000000a1"),
                SiteId.of(1),
                3,
                T0,
                T0,
                new UrlRange(20, 22));
        List<PositionedUrl> urls =
                List.of(new PositionedUrl(20, "https://example.com/a"), new PositionedUrl(21, "https://example.com/b"));

        BatchResults results = BatchExecution.atJobPositions(
                batch,
                urls,
                List.of(
                        fetch(0, "edge-a", FetchOutcome.WARMED),
                        fetch(0, "edge-b", FetchOutcome.CACHED),
                        fetch(1, "edge-a", FetchOutcome.TIMEOUT),
                        fetch(1, "edge-b", FetchOutcome.WARMED)));

        assertThat(results.batchNo()).isEqualTo(3);
        assertThat(results.positions()).containsExactly(20L, 21L);
        assertThat(results.fetches())
                .extracting(f -> f.urlPosition() + "@" + f.target())
                .containsExactly("20@edge-a", "20@edge-b", "21@edge-a", "21@edge-b");
        assertThat(results.urlCounts().wire()).isEqualTo("warmed:1,timeout:1");
    }

    private static FetchResult fetch(long index, String target, FetchOutcome outcome) {
        return new FetchResult(index, target, "gzip", 200, CacheStatus.MISS, 1, 1, 1, 1, outcome, null);
    }

    @Test
    void aBatchDeadlineBelowOneSecondStopsTheStartWithTheSettingsName() {
        BatchExecution execution = new BatchExecution();
        for (long deadline : new long[] {0, -5}) {
            execution.batchDeadlineSeconds = deadline;
            assertThatThrownBy(execution::requireValidSettings)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("prewarm.engine.batch-deadline-seconds must be at least 1, got " + deadline);
        }
        execution.batchDeadlineSeconds = 1;
        assertThatCode(execution::requireValidSettings).doesNotThrowAnyException();
    }
}
