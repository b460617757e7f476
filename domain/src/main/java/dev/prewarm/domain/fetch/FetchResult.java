package dev.prewarm.domain.fetch;

import java.util.Objects;

/**
 * The result of preloading one URL (by its position in the job's list) through one edge target
 * with one variant. {@code httpStatus} is 0 when no response arrived; times are in milliseconds
 * (-1 when unknown); {@code error} is null unless something went wrong.
 */
public record FetchResult(
        long urlPosition,
        String target,
        String variant,
        int httpStatus,
        CacheStatus cacheStatus,
        long bytes,
        long ttfbMillis,
        long totalMillis,
        int attempts,
        FetchOutcome outcome,
        String error) {
    public FetchResult {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(variant, "variant");
        Objects.requireNonNull(cacheStatus, "cacheStatus");
        Objects.requireNonNull(outcome, "outcome");
        if (urlPosition < 0 || attempts < 1 || bytes < 0 || httpStatus < 0) {
            throw new IllegalArgumentException("invalid fetch result: position=" + urlPosition + " attempts=" + attempts
                    + " bytes=" + bytes + " httpStatus=" + httpStatus);
        }
    }

    /** The same result numbered by another position, e.g. the URL's place in its job rather than in its batch. */
    public FetchResult atPosition(long position) {
        return new FetchResult(
                position,
                target,
                variant,
                httpStatus,
                cacheStatus,
                bytes,
                ttfbMillis,
                totalMillis,
                attempts,
                outcome,
                error);
    }

    public boolean succeeded() {
        return outcome.isSuccess();
    }
}
