package dev.prewarm.application.plan;

import dev.prewarm.application.account.Accounts;
import dev.prewarm.domain.account.AccountId;
import dev.prewarm.domain.error.NotFoundException;
import dev.prewarm.domain.error.PrewarmException;
import dev.prewarm.domain.job.JobId;
import dev.prewarm.domain.job.PreloadJob;
import dev.prewarm.domain.job.PreloadJobRepository;
import dev.prewarm.domain.plan.PlanPreview;
import dev.prewarm.domain.plan.PlanRepository;
import dev.prewarm.domain.plan.RequestedPlan;
import dev.prewarm.domain.quota.QuotaPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The live preview of the "create plans" form: each draft as creating them all at once would see it. */
@ApplicationScoped
@Transactional
public class PlanPreviews {
    @Inject
    PreloadJobRepository jobs;

    @Inject
    PlanRepository plans;

    @Inject
    Accounts accounts;

    @Inject
    Clock clock;

    /** A draft's forecast, or the error creating it would raise. */
    public record DraftPreview(PlanPreview preview, PrewarmException problem) {}

    public List<DraftPreview> preview(AccountId owner, JobId jobId, List<RequestedPlan> drafts) {
        PreloadJob job = jobs.find(owner, jobId).orElseThrow(() -> NotFoundException.job(jobId.value()));
        QuotaPolicy policy = accounts.policyFor(owner);
        long existing = plans.countByJob(jobId);
        Instant now = clock.instant();
        List<DraftPreview> previews = new ArrayList<>();
        int accepted = 0;
        for (RequestedPlan draft : drafts) {
            try {
                previews.add(new DraftPreview(
                        PlanPreview.of(draft, policy, existing + accepted, job.remaining(), now), null));
                accepted++;
            } catch (PrewarmException e) {
                previews.add(new DraftPreview(null, e));
            }
        }
        return previews;
    }
}
