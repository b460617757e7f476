package dev.prewarm.application.result;

import dev.prewarm.domain.account.AccountId;
import dev.prewarm.domain.error.InvalidParameterException;
import dev.prewarm.domain.error.NotFoundException;
import dev.prewarm.domain.fetch.FetchOutcome;
import dev.prewarm.domain.job.JobId;
import dev.prewarm.domain.job.PreloadJob;
import dev.prewarm.domain.job.PreloadJobRepository;
import dev.prewarm.domain.plan.Plan;
import dev.prewarm.domain.plan.PlanId;
import dev.prewarm.domain.plan.PlanRepository;
import dev.prewarm.domain.result.FetchResultStore;
import dev.prewarm.domain.result.ResultPage;
import dev.prewarm.domain.result.StoredResult;
import dev.prewarm.domain.result.UrlStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the operator reads about fetches. The plan or job is loaded first, so an unknown one is
 * not-found and another account's is permission-denied, as everywhere else; pages are 1-based.
 */
@ApplicationScoped
@Transactional
public class FetchResults {
    /** A URL's history is short: one row per target and variant of each batch that fetched it. */
    public static final int MAX_URL_HISTORY = 500;

    @Inject
    FetchResultStore store;

    @Inject
    PlanRepository plans;

    @Inject
    PreloadJobRepository jobs;

    /** The plan must be one of the job's: another job's plan is not found, as in the execution log. */
    public ResultPage ofPlan(
            AccountId owner, JobId jobId, PlanId planId, Optional<FetchOutcome> outcome, int pageNumber, int pageSize) {
        jobs.find(owner, jobId).orElseThrow(() -> NotFoundException.job(jobId.value()));
        Plan plan = plans.find(owner, planId).orElseThrow(() -> NotFoundException.execution(planId.value()));
        if (!plan.jobId().equals(jobId)) {
            throw NotFoundException.execution(planId.value());
        }
        return store.planResults(owner, planId, outcome, offset(pageNumber, pageSize), pageSize);
    }

    /** The URL at {@code position} of the job, newest fetch first. */
    public List<StoredResult> ofUrl(AccountId owner, JobId jobId, long position) {
        PreloadJob job = jobs.find(owner, jobId).orElseThrow(() -> NotFoundException.job(jobId.value()));
        if (position < 0 || position >= job.urlCount()) {
            throw new InvalidParameterException(
                    "position",
                    job.urlCount() == 0
                            ? "the job has no URLs, got " + position
                            : "the job's URLs are at positions 0 to " + (job.urlCount() - 1) + ", got " + position);
        }
        return store.urlResults(owner, jobId, position, MAX_URL_HISTORY);
    }

    /** The job's URL list with each URL's last outcome. */
    public List<UrlStatus> urlsOf(AccountId owner, JobId jobId, int pageNumber, int pageSize) {
        jobs.find(owner, jobId).orElseThrow(() -> NotFoundException.job(jobId.value()));
        return store.urlStatuses(owner, jobId, offset(pageNumber, pageSize), pageSize);
    }

    /** One chunk of the retention purge, committed on its own whatever the caller's transaction. */
    @Transactional(TxType.REQUIRES_NEW)
    public int purgeChunk(Instant cutoff, int maxRows) {
        return store.purgeFetchedBefore(cutoff, maxRows);
    }

    private static long offset(int pageNumber, int pageSize) {
        if (pageNumber < 1 || pageSize < 1) {
            throw new IllegalArgumentException(
                    "pages are numbered from 1 and hold at least one row, got page " + pageNumber + " of " + pageSize);
        }
        return (long) (pageNumber - 1) * pageSize;
    }
}
