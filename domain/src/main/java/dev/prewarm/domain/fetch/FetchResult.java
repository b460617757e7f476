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

    public boolean succeeded() {
        return outcome.isSuccess();
    }
}
