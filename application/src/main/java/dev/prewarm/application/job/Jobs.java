package dev.prewarm.application.job;

import dev.prewarm.application.audit.Audited;
import dev.prewarm.application.concurrency.RetryOnConflict;
import dev.prewarm.domain.account.AccountId;
import dev.prewarm.domain.error.NotFoundException;
import dev.prewarm.domain.job.JobId;
import dev.prewarm.domain.job.JobUrlStore;
import dev.prewarm.domain.job.PreloadJob;
import dev.prewarm.domain.job.PreloadJobRepository;
import dev.prewarm.domain.job.PreloadJobRepository.JobWindow;
import dev.prewarm.domain.job.UrlRange;
import dev.prewarm.domain.plan.Plan;
import dev.prewarm.domain.plan.PlanRepository;
import dev.prewarm.domain.site.SiteId;
import dev.prewarm.domain.site.SiteRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reading, resetting and deleting preload jobs of an account. */
@ApplicationScoped
@Transactional
@RetryOnConflict
public class Jobs {
    @Inject
    PreloadJobRepository jobs;

    @Inject
    PlanRepository plans;

    @Inject
    SiteRepository sites;

    @Inject
    JobUrlStore urlStore;

    @Inject
    Clock clock;

    public PreloadJob get(AccountId owner, JobId id) {
        return jobs.find(owner, id).orElseThrow(() -> NotFoundException.job(id.value()));
    }

    /** A page of a site's jobs, newest first, with the total matching the window. */
    public JobPage page(AccountId owner, SiteId site, JobWindow window, int pageNumber, int pageSize) {
        sites.find(owner, site).orElseThrow(() -> NotFoundException.site(site.toString()));
        long total = jobs.countBySite(owner, site, window);
        int offset = (int) Math.min(Integer.MAX_VALUE, (long) (pageNumber - 1) * pageSize);
        List<PreloadJob> page = jobs.pageBySite(owner, site, window, offset, pageSize);
        Map<JobId, Long> executionCounts = new HashMap<>();
        page.forEach(job -> executionCounts.put(job.id(), plans.countByJob(job.id())));
        return new JobPage(total, page, executionCounts);
    }

    /** Cursor back to 0; finished plans with no end or an end ahead wait again. */
    @Audited("job.reset")
    public PreloadJob reset(AccountId owner, JobId id) {
        PreloadJob job = get(owner, id);
        job.rewind();
        for (Plan plan : plans.listByJob(owner, id)) {
            plan.returnToWaitingAfterReset(clock.instant());
        }
        return job;
    }

    @Audited("job.delete")
    public void delete(AccountId owner, JobId id) {
        jobs.remove(get(owner, id));
    }

    public List<JobUrlStore.PositionedUrl> urls(AccountId owner, JobId id, UrlRange range) {
        get(owner, id);
        return urlStore.slice(id, range);
    }

    public List<JobUrlStore.RejectedLine> rejectedLines(AccountId owner, JobId id, long offset, int limit) {
        get(owner, id);
        return urlStore.rejectedLines(id, offset, limit);
    }

    /** One page of jobs, the total matching the window, and the number of plans of each job. */
    public record JobPage(long total, List<PreloadJob> jobs, Map<JobId, Long> executionCounts) {}
}
