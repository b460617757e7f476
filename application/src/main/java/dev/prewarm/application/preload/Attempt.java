package dev.prewarm.application.preload;

import dev.prewarm.domain.fetch.CacheStatus;
import dev.prewarm.domain.fetch.FetchOutcome;
import java.util.Optional;

/**
 * How one HTTP exchange ended; {@code httpStatus} 0 and {@code ttfbMillis} -1 when no response arrived.
 * {@code location} is the response's {@code Location} header, for redirects.
 */
record Attempt(
        int httpStatus,
        CacheStatus cacheStatus,
        long bytes,
        long ttfbMillis,
        FetchOutcome outcome,
        String error,
        Optional<String> retryAfter,
        Optional<String> location) {

    static Attempt failed(FetchOutcome outcome, String error) {
        return new Attempt(0, CacheStatus.NONE, 0, -1, outcome, error, Optional.empty(), Optional.empty());
    }

    /** The same attempt with more said about it, e.g. why its redirect was not followed. */
    Attempt explained(String why) {
        String text = error == null ? why : error + "; " + why;
        return new Attempt(httpStatus, cacheStatus, bytes, ttfbMillis, outcome, text, retryAfter, location);
    }
}
