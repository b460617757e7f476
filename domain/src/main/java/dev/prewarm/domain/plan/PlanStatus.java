package dev.prewarm.domain.plan;

import dev.prewarm.domain.error.InvalidParameterException;

/** The five states of API.md §5, with the lower-case names the wire uses. */
public enum PlanStatus {
    WAITING,
    RUNNING,
    FINISHED,
    FAILED,
    STOPPED;

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static PlanStatus fromWire(String name) {
        for (PlanStatus status : values()) {
            if (status.wireName().equals(name)) {
                return status;
            }
        }
        throw new InvalidParameterException(
                "Status", "must be one of waiting, running, finished, failed, stopped, got '" + name + "'");
    }

    /** States in which the scheduler may start a batch of the plan. */
    public boolean isSchedulable() {
        return this == WAITING || this == RUNNING;
    }

    @Override
    public String toString() {
        return wireName();
    }
}
