package dev.prewarm.domain.job;

/** A slice of a job's accepted URLs by 0-based position: {@code from} inclusive, {@code to} exclusive. */
public record UrlRange(long from, long to) {
    public UrlRange {
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("not a URL range: [" + from + ", " + to + ")");
        }
    }

    public long size() {
        return to - from;
    }

    public boolean isEmpty() {
        return from == to;
    }
}
