package dev.prewarm.domain.error;

import java.time.Instant;

/** A plan whose EndTime is earlier than its StartTime ({@code InvalidEndTime.Mismatch}). */
public final class EndTimeBeforeStartException extends PrewarmException {
    private final Instant startTime;
    private final Instant endTime;

    public EndTimeBeforeStartException(Instant startTime, Instant endTime) {
        super(ErrorCode.INVALID_END_TIME_MISMATCH);
        this.startTime = startTime;
        this.endTime = endTime;
    }

    public Instant startTime() {
        return startTime;
    }

    public Instant endTime() {
        return endTime;
    }
}
