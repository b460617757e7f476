package dev.prewarm.domain.plan;

import dev.prewarm.domain.account.AccountId;
import dev.prewarm.domain.error.PrewarmException;
import dev.prewarm.domain.job.JobId;
import dev.prewarm.domain.quota.QuotaPolicy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Creates the plans of one CreateScheduledPreloadExecutions call. Each request is judged on its
 * own: an invalid one is rejected with its error while the others are still created, and the
 * plans-per-job quota counts the plans accepted earlier in the same call.
 */
public final class PlanFactory {
    private final Supplier<PlanId> ids;

    /** {@code ids} hands out fresh random ids (from a SecureRandom in production). */
    public PlanFactory(Supplier<PlanId> ids) {
        this.ids = Objects.requireNonNull(ids);
    }

    public PlanCreation createAll(
            JobId jobId,
            AccountId accountId,
            List<RequestedPlan> requests,
            long existingPlansOfJob,
            QuotaPolicy policy,
            Instant now) {
        List<Plan> created = new ArrayList<>();
        List<RejectedPlan> rejected = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            RequestedPlan requested = requests.get(i);
            try {
                PlanRequest request = requested.parse();
                policy.ensureInterval(request.interval());
                policy.ensureSliceLen(request.sliceLen());
                policy.ensurePlanSlot(existingPlansOfJob + created.size());
                created.add(Plan.create(ids.get(), jobId, accountId, request, now));
            } catch (PrewarmException e) {
                rejected.add(new RejectedPlan(i, requested, e));
            }
        }
        return new PlanCreation(created, rejected);
    }

    /** A single plan (REST API), raising its error instead of collecting it. */
    public Plan create(
            JobId jobId,
            AccountId accountId,
            PlanRequest request,
            long existingPlansOfJob,
            QuotaPolicy policy,
            Instant now) {
        policy.ensureInterval(request.interval());
        policy.ensureSliceLen(request.sliceLen());
        policy.ensurePlanSlot(existingPlansOfJob);
        return Plan.create(ids.get(), jobId, accountId, request, now);
    }
}
