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
        long unwarmedAtEnd) {}
