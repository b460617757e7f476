package dev.prewarm.domain.result;

import dev.prewarm.domain.fetch.FetchResult;
import dev.prewarm.domain.job.JobId;
import dev.prewarm.domain.plan.PlanId;
import java.time.Instant;
import java.util.Objects;

/**
 * One stored fetch: the URL (its job position is {@code fetch.urlPosition()}), the batch that
 * fetched it, and when (the batch's completion, database clock).
 */
public record StoredResult(PlanId planId, long batchNo, JobId jobId, String url, FetchResult fetch, Instant fetchedAt) {
    public StoredResult {
        Objects.requireNonNull(planId, "planId");
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(fetch, "fetch");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
    }
}
