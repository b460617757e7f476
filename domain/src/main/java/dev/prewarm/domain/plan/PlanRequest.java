package dev.prewarm.domain.plan;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A validated request for a new plan; an absent StartTime means "now", an absent EndTime "no end". */
public record PlanRequest(
        Optional<PlanTime> startTime, Optional<PlanTime> endTime, Interval interval, SliceLen sliceLen) {
    public PlanRequest {
        Objects.requireNonNull(startTime, "startTime");
        Objects.requireNonNull(endTime, "endTime");
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(sliceLen, "sliceLen");
    }

    public static PlanRequest of(Interval interval, SliceLen sliceLen) {
        return new PlanRequest(Optional.empty(), Optional.empty(), interval, sliceLen);
    }

    /**
     * Parses one element of {@code Executions} from its wire texts (null when absent), raising the
     * error of the first bad field in the order StartTime, EndTime, Interval, SliceLen.
     */
    public static PlanRequest parse(String startTime, String endTime, String interval, String sliceLen) {
        return new PlanRequest(
                optionalTime("StartTime", startTime),
                optionalTime("EndTime", endTime),
                Interval.parse(interval),
                SliceLen.parse(sliceLen));
    }

    /** The window this request asks for, StartTime defaulting to the given moment. */
    public PlanWindow windowFrom(Instant now) {
        return PlanWindow.of(startTime.orElseGet(() -> PlanTime.utc(now)), endTime);
    }

    static Optional<PlanTime> optionalTime(String parameter, String text) {
        // ESA sends "" for "no EndTime" when it echoes a plan back, so treat it as absent.
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(PlanTime.parse(parameter, text));
    }
}
