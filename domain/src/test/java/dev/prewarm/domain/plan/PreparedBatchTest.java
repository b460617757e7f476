package dev.prewarm.domain.plan;

import static dev.prewarm.domain.plan.PlanBuilder.JOB_ID;
import static dev.prewarm.domain.plan.PlanBuilder.PLAN_ID;
import static dev.prewarm.domain.plan.PlanBuilder.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.prewarm.domain.account.AccountId;
import dev.prewarm.domain.job.UrlRange;
import dev.prewarm.domain.site.SiteId;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PreparedBatchTest {
    @Test
    void the_start_lag_is_how_long_after_its_slot_the_batch_began_and_never_negative() {
        assertThat(begunAt(T0.plusMillis(1500)).startLag()).isEqualTo(Duration.ofMillis(1500));
        assertThat(begunAt(T0.minusMillis(3)).startLag()).isEqualTo(Duration.ZERO);
    }

    private static PreparedBatch begunAt(Instant startedAt) {
        return new PreparedBatch(
                PLAN_ID, AccountId.of("1001"), JOB_ID, SiteId.of(1), 1, T0, startedAt, new UrlRange(0, 10));
    }
}
