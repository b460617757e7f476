package dev.prewarm.domain.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.prewarm.domain.error.InvalidParameterException;
import dev.prewarm.domain.error.LimitExceededException;
import dev.prewarm.domain.error.PrewarmException;
import dev.prewarm.domain.quota.QuotaPolicy;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PlanPreviewTest {
    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    private static final QuotaPolicy POLICY = QuotaPolicy.defaults();

    @Test
    void aPlanStartingNowNeedsOneBatchPerSliceAndFinishesWithTheLastSlot() {
        PlanPreview preview = PlanPreview.of(new RequestedPlan(null, null, "60", "100"), POLICY, 0, 1_000, NOW);

        assertThat(preview.batches()).isEqualTo(10);
        assertThat(preview.projectedFinish()).contains(NOW.plusSeconds(9 * 60));
        assertThat(preview.windowTooShort()).isFalse();
    }

    @Test
    void aWindowWithFewerSlotsThanBatchesIsFlagged() {
        PlanPreview preview = PlanPreview.of(
                new RequestedPlan("2026-11-28T10:00:00Z", "2026-11-28T10:05:00Z", "60", "100"), POLICY, 0, 1_000, NOW);

        assertThat(preview.windowTooShort()).isTrue();
    }

    @Test
    void itRefusesWhatCreatingWouldRefuse() {
        assertThatThrownBy(() -> PlanPreview.of(new RequestedPlan(null, null, "0", "10"), POLICY, 0, 10, NOW))
                .isInstanceOf(PrewarmException.class);
        assertThatThrownBy(() -> PlanPreview.of(new RequestedPlan(null, null, "60", "x"), POLICY, 0, 10, NOW))
                .isInstanceOf(InvalidParameterException.class);
        assertThatThrownBy(() -> PlanPreview.of(
                        new RequestedPlan(null, null, "60", "10"), POLICY, POLICY.plansPerJob(), 10, NOW))
                .isInstanceOf(LimitExceededException.class);
        assertThatThrownBy(() -> PlanPreview.of(
                        new RequestedPlan("2026-11-28T12:00:00Z", "2026-11-28T11:00:00Z", "60", "10"),
                        POLICY,
                        0,
                        10,
                        NOW))
                .isInstanceOf(PrewarmException.class);
    }
}
