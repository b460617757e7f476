package dev.prewarm.domain.plan;

import static dev.prewarm.domain.plan.PlanBuilder.ACCOUNT_ID;
import static dev.prewarm.domain.plan.PlanBuilder.JOB_ID;
import static dev.prewarm.domain.plan.PlanBuilder.T0;
import static dev.prewarm.domain.plan.PlanBuilder.aPlan;
import static org.assertj.core.api.Assertions.assertThat;

import dev.prewarm.domain.quota.QuotaOverrides;
import dev.prewarm.domain.quota.QuotaPolicy;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PlanFactoryTest {
    private final SplittableRandom random = new SplittableRandom(7);
    private final PlanFactory factory = new PlanFactory(() -> PlanId.random(random));

    @Test
    void each_invalid_plan_is_rejected_with_a_message_starting_with_its_code_while_the_others_are_created() {
        List<RequestedPlan> requests = List.of(
                new RequestedPlan("2024-06-03T16:00:00Z", "2024-06-04T02:02:09Z", "30", "10"),
                new RequestedPlan("2024-06-03T16:00:00Z", "2024-06-03T15:00:00Z", "30", "10"),
                new RequestedPlan(null, null, "0", "10"),
                new RequestedPlan(null, null, "60", null),
                new RequestedPlan(null, "", "60", "5"));

        PlanCreation result = factory.createAll(JOB_ID, ACCOUNT_ID, requests, 0, QuotaPolicy.defaults(), T0);

        assertThat(result.created()).hasSize(2);
        assertThat(result.created().getFirst().window().start().echo()).isEqualTo("2024-06-03T16:00:00Z");
        assertThat(result.rejected()).extracting(RejectedPlan::index).containsExactly(1, 2, 3);
        assertThat(result.rejected())
                .extracting(RejectedPlan::message)
                .containsExactly(
                        "InvalidEndTime.Mismatch: The specified EndTime is earlier than the StartTime.",
                        "InvalidParameter.Interval: The specified parameter Interval is not valid: must be between 1 and"
                                + " 86400 seconds, got 0.",
                        "MissingSliceLen: SliceLen is mandatory for this action.");
        assertThat(result.total()).isEqualTo(5);
    }

    @Test
    void the_plans_per_job_quota_counts_plans_accepted_earlier_in_the_same_call() {
        QuotaPolicy policy = QuotaPolicy.defaults().with(QuotaOverrides.none().withPlansPerJob(3));
        RequestedPlan ok = new RequestedPlan(null, null, "60", "5");

        PlanCreation result = factory.createAll(JOB_ID, ACCOUNT_ID, List.of(ok, ok, ok), 1, policy, T0);

        assertThat(result.created()).hasSize(2);
        assertThat(result.rejected())
                .singleElement()
                .satisfies(r -> assertThat(r.message()).startsWith("InvalidExecution.CountOfJobFull: "));
    }

    @Test
    void a_preview_counts_batches_projects_the_finish_and_warns_when_the_window_is_too_short() {
        PlanRequest request = aPlan().startingAt(T0)
                .endingAt(T0.plusSeconds(540))
                .every(60)
                .slicesOf(100)
                .request();

        PlanProjection preview = PlanProjection.preview(request, T0.minusSeconds(30));

        assertThat(preview.batchesNeeded(1001)).isEqualTo(11);
        assertThat(preview.projectedFinish(T0, 1001)).contains(T0.plusSeconds(600));
        assertThat(preview.windowTooShort(1001)).isTrue();
        assertThat(preview.windowTooShort(1000)).isFalse();
        assertThat(preview.projectedFinish(T0, 0)).contains(T0);
    }

    @Test
    void a_plan_with_nothing_left_to_fetch_is_not_projected_to_finish_before_its_start() {
        PlanProjection preview = PlanProjection.preview(
                aPlan().startingAt(T0.plusSeconds(3600)).every(60).slicesOf(100).request(), T0);

        assertThat(preview.projectedFinish(T0, 0)).contains(T0.plusSeconds(3600));
        assertThat(preview.projectedFinish(T0.plusSeconds(7200), 0)).contains(T0.plusSeconds(7200));
    }

    @Test
    void a_stopped_plan_has_no_projected_finish() {
        assertThat(aPlan().stopped().projection().projectedFinish(T0, 10)).isEmpty();
    }
}
