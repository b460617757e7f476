package dev.prewarm.application.plan;

import dev.prewarm.application.account.Accounts;
import dev.prewarm.application.audit.Audited;
import dev.prewarm.application.concurrency.RetryOnConflict;
import dev.prewarm.domain.account.AccountId;
import dev.prewarm.domain.error.NotFoundException;
import dev.prewarm.domain.job.JobId;
import dev.prewarm.domain.job.PreloadJobRepository;
import dev.prewarm.domain.plan.Batch;
import dev.prewarm.domain.plan.Plan;
import dev.prewarm.domain.plan.PlanCreation;
import dev.prewarm.domain.plan.PlanFactory;
import dev.prewarm.domain.plan.PlanId;
import dev.prewarm.domain.plan.PlanRepository;
import dev.prewarm.domain.plan.PlanUpdate;
import dev.prewarm.domain.plan.RequestedPlan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;

/** The operator's commands on execution plans: create several, update, start, stop, delete. */
@ApplicationScoped
@Transactional
@RetryOnConflict
public class PlanScheduling {
    private final SecureRandom random = new SecureRandom();
    private final PlanFactory factory = new PlanFactory(() -> PlanId.random(random));

    @Inject
    PlanRepository plans;

    @Inject
    PreloadJobRepository jobs;

    @Inject
    Accounts accounts;

    @Inject
    Clock clock;

    /** Each invalid request is reported in the result; the valid ones are stored. */
    @Audited("plan.create")
    public PlanCreation createAll(AccountId owner, JobId jobId, List<RequestedPlan> requests) {
        jobs.find(owner, jobId).orElseThrow(() -> NotFoundException.job(jobId.value()));
        PlanCreation creation = factory.createAll(
                jobId, owner, requests, plans.countByJob(jobId), accounts.policyFor(owner), clock.instant());
        creation.created().forEach(plans::add);
        return creation;
    }

    public Plan get(AccountId owner, PlanId id) {
        return plans.find(owner, id).orElseThrow(() -> NotFoundException.execution(id.value()));
    }

    public List<Plan> list(AccountId owner, JobId jobId) {
        jobs.find(owner, jobId).orElseThrow(() -> NotFoundException.job(jobId.value()));
        return plans.listByJob(owner, jobId);
    }

    @Audited("plan.update")
    public Plan update(AccountId owner, PlanId id, PlanUpdate update) {
        Plan plan = get(owner, id);
        plan.update(update, clock.instant());
        return plan;
    }

    @Audited("plan.start")
    public Plan start(AccountId owner, PlanId id) {
        Plan plan = get(owner, id);
        plan.start(clock.instant());
        return plan;
    }

    @Audited("plan.stop")
    public Plan stop(AccountId owner, PlanId id) {
        Plan plan = get(owner, id);
        plan.stop(clock.instant());
        return plan;
    }

    @Audited("plan.delete")
    public void delete(AccountId owner, PlanId id) {
        plans.remove(get(owner, id));
    }

    /**
     * A page of the execution log of a job, or of one of its plans; {@code LogNotFound} when the
     * job or the plan does not exist (another account's still answers permission denied).
     */
    public BatchPage batches(AccountId owner, JobId jobId, PlanId planOrNull, int pageNumber, int pageSize) {
        jobs.find(owner, jobId).orElseThrow(() -> NotFoundException.log(jobId.value()));
        if (planOrNull != null) {
            Plan plan = plans.find(owner, planOrNull).orElseThrow(() -> NotFoundException.log(planOrNull.value()));
            if (!plan.jobId().equals(jobId)) {
                throw NotFoundException.log(planOrNull.value());
            }
        }
        int offset = (int) Math.min(Integer.MAX_VALUE, (long) (pageNumber - 1) * pageSize);
        return new BatchPage(
                plans.countBatches(owner, jobId, planOrNull),
                plans.batches(owner, jobId, planOrNull, offset, pageSize));
    }

    public record BatchPage(long total, List<Batch> batches) {}
}
