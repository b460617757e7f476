package dev.prewarm.application.preload;

import dev.prewarm.domain.fetch.CacheStatus;
import dev.prewarm.domain.fetch.FetchOutcome;
import java.util.Optional;

/**
 * How one HTTP exchange ended; {@code httpStatus} 0 and {@code ttfbMillis} -1 when no response arrived.
 * {@code location} is the response's {@code Location} header, for redirects. A {@code permanent}
 * failure ends the fetch whatever the retry policy says of its outcome: asking again cannot change
 * it (a certificate the node will present again).
 */
record Attempt(
        int httpStatus,
        CacheStatus cacheStatus,
        long bytes,
        long ttfbMillis,
        FetchOutcome outcome,
        String error,
        Optional<String> retryAfter,
        Optional<String> location,
        boolean permanent) {

    static Attempt failed(FetchOutcome outcome, String error) {
        return new Attempt(0, CacheStatus.NONE, 0, -1, outcome, error, Optional.empty(), Optional.empty(), false);
    }

    static Attempt failedForGood(FetchOutcome outcome, String error) {
        return new Attempt(0, CacheStatus.NONE, 0, -1, outcome, error, Optional.empty(), Optional.empty(), true);
    }

    /** The same attempt with more said about it, e.g. why its redirect was not followed. */
    Attempt explained(String why) {
        String text = error == null ? why : error + "; " + why;
        return new Attempt(httpStatus, cacheStatus, bytes, ttfbMillis, outcome, text, retryAfter, location, permanent);
    }
}
