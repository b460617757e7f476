package dev.prewarm.domain.plan;

import dev.prewarm.domain.quota.QuotaPolicy;
import java.time.Instant;
import java.util.Optional;

/**
 * What a plan not yet created would do with the job's remaining URLs: how many batches, when the
 * last one starts, and whether its window is too short. Checks exactly what creating it checks
 * (the request, the quota's Interval and SliceLen bounds, the plans-per-job slot), raising the same
 * error, so a preview that passes means the plan will be accepted.
 */
public record PlanPreview(long batches, Optional<Instant> projectedFinish, boolean windowTooShort) {
    public static PlanPreview of(
            RequestedPlan requested, QuotaPolicy policy, long plansOfJobBefore, long remainingUrls, Instant now) {
        PlanRequest request = requested.parse();
        policy.ensureInterval(request.interval());
        policy.ensureSliceLen(request.sliceLen());
        policy.ensurePlanSlot(plansOfJobBefore);
        request.windowFrom(now);
        PlanProjection projection = PlanProjection.preview(request, now);
        return new PlanPreview(
                projection.batchesNeeded(remainingUrls),
                projection.projectedFinish(now, remainingUrls),
                projection.windowTooShort(remainingUrls));
    }
}
