package dev.prewarm.domain.result;

import dev.prewarm.domain.account.AccountId;
import dev.prewarm.domain.error.PermissionDeniedException;
import dev.prewarm.domain.fetch.FetchOutcome;
import dev.prewarm.domain.job.JobId;
import dev.prewarm.domain.plan.PlanId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Storage port for fetch results and the last outcome of each job URL. Reads take the account and
 * see only its plans and jobs (nothing, rather than {@link PermissionDeniedException}: the caller
 * has already loaded the plan or job through its own repository, which decides that).
 */
public interface FetchResultStore {
    /**
     * Stores completed batches' results and updates their URLs' last outcome, at {@code
     * fetchedAt}. Runs in the caller's transaction: the batches' fenced completion, so that a
     * holder whose lease was taken over stores nothing.
     */
    void recordAll(List<BatchResults> batches, Instant fetchedAt);

    /** {@link #recordAll} of one batch. */
    default void record(BatchResults batch, Instant fetchedAt) {
        recordAll(List.of(batch), fetchedAt);
    }

    /** A page of a plan's results in fetch order (batch, then place in the batch), optionally of one outcome. */
    ResultPage planResults(AccountId account, PlanId plan, Optional<FetchOutcome> outcome, long offset, int limit);

    /** The stored results of one URL of a job (by position), newest first. */
    List<StoredResult> urlResults(AccountId account, JobId job, long position, int limit);

    /** A page of a job's URLs in list order, each with its last outcome. */
    List<UrlStatus> urlStatuses(AccountId account, JobId job, long offset, int limit);

    /**
     * Deletes up to {@code maxRows} results fetched before {@code cutoff}, oldest first, and says
     * how many it deleted: callers repeat, one short transaction each, until fewer come back.
     */
    int purgeFetchedBefore(Instant cutoff, int maxRows);
}
