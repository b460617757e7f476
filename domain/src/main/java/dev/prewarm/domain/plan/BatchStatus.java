package dev.prewarm.domain.plan;

/** A batch in the execution log: still running, completed, or abandoned (lease lost, instance died). */
public enum BatchStatus {
    RUNNING,
    COMPLETED,
    ABANDONED;

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
