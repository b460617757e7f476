package dev.prewarm.application.preload;

import dev.prewarm.domain.fetch.CacheStatus;
import dev.prewarm.domain.fetch.FetchOutcome;
import java.util.Optional;

/** How one HTTP exchange ended; {@code httpStatus} 0 and {@code ttfbMillis} -1 when no response arrived. */
record Attempt(
        int httpStatus,
        CacheStatus cacheStatus,
        long bytes,
        long ttfbMillis,
        FetchOutcome outcome,
        String error,
        Optional<String> retryAfter) {

    static Attempt failed(FetchOutcome outcome, String error) {
        return new Attempt(0, CacheStatus.NONE, 0, -1, outcome, error, Optional.empty());
    }
}
