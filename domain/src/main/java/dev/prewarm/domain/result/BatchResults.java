package dev.prewarm.domain.result;

import dev.prewarm.domain.fetch.FetchOutcome;
import dev.prewarm.domain.fetch.FetchResult;
import dev.prewarm.domain.fetch.OutcomeCounts;
import dev.prewarm.domain.job.JobId;
import dev.prewarm.domain.plan.PlanId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything one batch fetched, by job position: each URL of its range with the results of its
 * fetches (each result's {@code urlPosition} is the URL's position in the job's list). Every URL of
 * the range has an outcome, so the batch's counts always add up to its size.
 */
public record BatchResults(PlanId planId, JobId jobId, long batchNo, List<Long> positions, List<FetchResult> fetches) {
    public BatchResults {
        Objects.requireNonNull(planId, "planId");
        Objects.requireNonNull(jobId, "jobId");
        positions = List.copyOf(positions);
        fetches = List.copyOf(fetches);
    }

    /** Each URL's outcome (see {@link FetchOutcome#ofUrl}), in the order of {@link #positions}. */
    public Map<Long, FetchOutcome> urlOutcomes() {
        Map<Long, List<FetchOutcome>> byUrl = new LinkedHashMap<>();
        positions.forEach(position -> byUrl.put(position, new ArrayList<>()));
        for (FetchResult fetch : fetches) {
            List<FetchOutcome> outcomes = byUrl.get(fetch.urlPosition());
            if (outcomes == null) {
                throw new IllegalArgumentException("batch " + batchNo + " of plan " + planId
                        + " has a result for position " + fetch.urlPosition() + ", which is not in its range");
            }
            outcomes.add(fetch.outcome());
        }
        Map<Long, FetchOutcome> outcomes = new LinkedHashMap<>();
        byUrl.forEach((position, fetchOutcomes) -> outcomes.put(position, FetchOutcome.ofUrl(fetchOutcomes)));
        return outcomes;
    }

    /** How many of the batch's URLs ended in each outcome. */
    public OutcomeCounts urlCounts() {
        return OutcomeCounts.tally(urlOutcomes().values());
    }
}
