package dev.prewarm.domain.plan;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Forecasts for the UI preview and plan pages: how many batches the remaining URLs need, when the
 * last of them starts, and whether the window is too short to hand out every URL. The forecast
 * assumes no downtime and that this plan alone drains the job's cursor.
 */
public final class PlanProjection {
    private final SlotClock clock;
    private final SliceLen sliceLen;
    private final Optional<Instant> firstDue;

    PlanProjection(SlotClock clock, SliceLen sliceLen, Optional<Instant> firstDue) {
        this.clock = Objects.requireNonNull(clock);
        this.sliceLen = Objects.requireNonNull(sliceLen);
        this.firstDue = Objects.requireNonNull(firstDue);
    }

    /** The forecast for a plan not created yet (the "preview" of the create form). */
    public static PlanProjection preview(PlanRequest request, Instant now) {
        PlanWindow window = request.windowFrom(now);
        SlotClock clock = new SlotClock(window.startsAt(), request.interval(), window);
        return new PlanProjection(clock, request.sliceLen(), clock.dueAfter(null, now));
    }

    public static long batchesNeeded(long remainingUrls, SliceLen sliceLen) {
        return remainingUrls <= 0 ? 0 : Math.ceilDiv(remainingUrls, (long) sliceLen.value());
    }

    public long batchesNeeded(long remainingUrls) {
        return batchesNeeded(remainingUrls, sliceLen);
    }

    /**
     * When the batch taking the last remaining URL is due, ignoring EndTime; empty when the plan has
     * no next batch scheduled (stopped, failed, finished). When nothing is left: {@code now}, or the
     * plan's start while it is ahead (a waiting plan finishes when it starts and finds the job done,
     * never before its start).
     */
    public Optional<Instant> projectedFinish(Instant now, long remainingUrls) {
        long batches = batchesNeeded(remainingUrls);
        if (batches == 0) {
            Instant start = clock.window().startsAt();
            return Optional.of(start.isAfter(now) ? start : now);
        }
        return firstDue.map(
                first -> first.plusSeconds((batches - 1) * clock.interval().seconds()));
    }

    /** True when the slots left before EndTime cannot take every remaining URL. */
    public boolean windowTooShort(long remainingUrls) {
        Optional<Instant> end = clock.window().endsAt();
        if (end.isEmpty() || remainingUrls <= 0) {
            return false;
        }
        long slotsLeft = firstDue.map(
                        first -> clock.countBetween(first, end.get().plusNanos(1)))
                .orElse(0L);
        return slotsLeft < batchesNeeded(remainingUrls);
    }
}
