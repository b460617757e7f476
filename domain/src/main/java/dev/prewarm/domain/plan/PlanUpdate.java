package dev.prewarm.domain.plan;

import java.util.Objects;
import java.util.Optional;

/** A partial update of a plan: every absent value keeps the plan's current one. */
public record PlanUpdate(
        Optional<PlanTime> startTime,
        Optional<PlanTime> endTime,
        Optional<Interval> interval,
        Optional<SliceLen> sliceLen) {
    public PlanUpdate {
        Objects.requireNonNull(startTime, "startTime");
        Objects.requireNonNull(endTime, "endTime");
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(sliceLen, "sliceLen");
    }

    public static PlanUpdate nothing() {
        return new PlanUpdate(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** Parses the wire texts of UpdateScheduledPreloadExecution; null or blank means absent. */
    public static PlanUpdate parse(String startTime, String endTime, String interval, String sliceLen) {
        return new PlanUpdate(
                PlanRequest.optionalTime("StartTime", startTime),
                PlanRequest.optionalTime("EndTime", endTime),
                blank(interval) ? Optional.empty() : Optional.of(Interval.parse(interval)),
                blank(sliceLen) ? Optional.empty() : Optional.of(SliceLen.parse(sliceLen)));
    }

    public PlanUpdate withStartTime(PlanTime value) {
        return new PlanUpdate(Optional.of(value), endTime, interval, sliceLen);
    }

    public PlanUpdate withEndTime(PlanTime value) {
        return new PlanUpdate(startTime, Optional.of(value), interval, sliceLen);
    }

    public PlanUpdate withInterval(Interval value) {
        return new PlanUpdate(startTime, endTime, Optional.of(value), sliceLen);
    }

    public PlanUpdate withSliceLen(SliceLen value) {
        return new PlanUpdate(startTime, endTime, interval, Optional.of(value));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
