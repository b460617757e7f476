package dev.prewarm.domain.result;

import static dev.prewarm.domain.fetch.FetchOutcome.CACHED;
import static dev.prewarm.domain.fetch.FetchOutcome.SERVER_ERROR;
import static dev.prewarm.domain.fetch.FetchOutcome.WARMED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.prewarm.domain.fetch.CacheStatus;
import dev.prewarm.domain.fetch.FetchOutcome;
import dev.prewarm.domain.fetch.FetchResult;
import dev.prewarm.domain.job.JobId;
import dev.prewarm.domain.plan.PlanId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BatchResultsTest {
    private static final PlanId PLAN = PlanId.of("aaaaaaaaaaaaaaaaaaaaaa01");
    private static final JobId JOB = JobId.of("0000000000000000000000a1");

    @Test
    void every_url_of_the_range_gets_one_outcome_from_its_fetches_through_each_target() {
        BatchResults batch = new BatchResults(
                PLAN,
                JOB,
                3,
                List.of(20L, 21L, 22L),
                List.of(
                        fetch(20, "edge-a", WARMED),
                        fetch(20, "edge-b", CACHED),
                        fetch(21, "edge-a", WARMED),
                        fetch(21, "edge-b", SERVER_ERROR),
                        fetch(22, "edge-a", CACHED),
                        fetch(22, "edge-b", CACHED)));

        assertThat(batch.urlOutcomes())
                .containsExactly(Map.entry(20L, WARMED), Map.entry(21L, SERVER_ERROR), Map.entry(22L, CACHED));
        assertThat(batch.urlCounts().succeeded()).isEqualTo(2);
        assertThat(batch.urlCounts().failed()).isEqualTo(1);
    }

    @Test
    void a_result_for_a_position_outside_the_range_is_refused() {
        BatchResults batch = new BatchResults(PLAN, JOB, 3, List.of(20L), List.of(fetch(7, "edge-a", WARMED)));

        assertThatThrownBy(batch::urlOutcomes).hasMessageContaining("position 7");
    }

    static FetchResult fetch(long position, String target, FetchOutcome outcome) {
        return new FetchResult(position, target, "gzip", 200, CacheStatus.MISS, 10, 1, 2, 1, outcome, null);
    }
}
