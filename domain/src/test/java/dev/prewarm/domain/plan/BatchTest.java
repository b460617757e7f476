package dev.prewarm.domain.plan;

import static dev.prewarm.domain.plan.PlanBuilder.JOB_ID;
import static dev.prewarm.domain.plan.PlanBuilder.PLAN_ID;
import static dev.prewarm.domain.plan.PlanBuilder.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.prewarm.domain.fetch.FetchOutcome;
import dev.prewarm.domain.fetch.OutcomeCounts;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BatchTest {
    private final Batch batch =
            Batch.begin(PLAN_ID, JOB_ID, new BatchSlot(3, T0, 0), 20, 30, "node-a", T0.plusSeconds(1));

    @Test
    void a_completed_batch_accounts_for_every_url_of_its_range() {
        OutcomeCounts outcomes = counts(5, 2, 3);

        BatchTally tally = batch.complete(T0.plusSeconds(9), T0.plusSeconds(1), outcomes, false);

        assertThat(batch.status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(batch.succeeded()).isEqualTo(7);
        assertThat(batch.failed()).isEqualTo(3);
        assertThat(batch.outcomes()).isEqualTo(outcomes);
        assertThat(batch.finishedAt()).contains(T0.plusSeconds(9));
        assertThat(tally).isEqualTo(new BatchTally(10, 3, false));
    }

    @Test
    void a_batch_begun_ahead_shows_its_due_time_until_completed_then_when_its_fetching_began() {
        Batch ahead = Batch.begin(PLAN_ID, JOB_ID, new BatchSlot(4, T0, 0), 30, 40, "node-a", T0);
        assertThat(ahead.startedAt()).isEqualTo(T0);

        ahead.complete(T0.plusSeconds(2), T0.plusMillis(40), counts(5, 2, 3), false);

        assertThat(ahead.startedAt()).isEqualTo(T0.plusMillis(40));
        assertThat(ahead.dueAt()).isEqualTo(T0);
    }

    @Test
    void a_batch_whose_counts_do_not_add_up_is_refused() {
        assertThatThrownBy(() -> batch.complete(T0.plusSeconds(9), T0.plusSeconds(1), counts(5, 2, 2), false))
                .hasMessageContaining("has 10 URLs, got outcomes for 9 (warmed:5,cached:2,client_error:2)");
        assertThat(batch.status()).isEqualTo(BatchStatus.RUNNING);
    }

    private static OutcomeCounts counts(long warmed, long cached, long clientErrors) {
        return OutcomeCounts.of(Map.of(
                FetchOutcome.WARMED, warmed, FetchOutcome.CACHED, cached, FetchOutcome.CLIENT_ERROR, clientErrors));
    }
}
