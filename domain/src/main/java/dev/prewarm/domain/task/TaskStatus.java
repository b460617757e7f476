package dev.prewarm.domain.task;

import dev.prewarm.domain.error.InvalidParameterException;

/** The three states of a preload task, with the wire names of {@code DescribePreloadTasks}. */
public enum TaskStatus {
    REFRESHING("Refreshing"),
    COMPLETE("Complete"),
    FAILED("Failed");

    private final String wireName;

    TaskStatus(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** Exact, case-sensitive match, as the SDK sends the names. */
    public static TaskStatus fromWire(String name) {
        for (TaskStatus status : values()) {
            if (status.wireName.equals(name)) {
                return status;
            }
        }
        throw new InvalidParameterException(
                "Status", "must be one of Complete, Refreshing, Failed, got '" + name + "'");
    }

    @Override
    public String toString() {
        return wireName;
    }
}
