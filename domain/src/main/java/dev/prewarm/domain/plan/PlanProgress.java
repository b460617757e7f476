package dev.prewarm.domain.plan;

import java.time.Instant;
import java.util.Optional;

/**
 * A read-only view of a plan's progress: batches begun and completed, URLs handled, slots missed
 * through downtime, the last and next slot, why it failed, and what was left when EndTime passed.
 */
public record PlanProgress(
        long batchesBegun,
        long batchesDone,
        long urlsDone,
        long missedSlots,
        Optional<Instant> lastBatchDue,
        Optional<Instant> nextBatchDue,
        Optional<String> failureReason,
        long unwarmedAtEnd) {

    /** The share of the job's accepted URLs this plan has handled, 0 to 100; an empty job counts as done. */
    public int percentOf(long urlsInJob) {
        return urlsInJob <= 0 ? 100 : (int) Math.min(100, urlsDone * 100 / urlsInJob);
    }
}
