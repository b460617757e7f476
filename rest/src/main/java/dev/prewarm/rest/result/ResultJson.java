package dev.prewarm.rest.result;

import dev.prewarm.domain.fetch.FetchResult;
import dev.prewarm.domain.result.StoredResult;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** One fetch of a URL through one target with one variant; times in milliseconds, -1 when unknown. */
public record ResultJson(
        String planId,
        long batchNo,
        long position,
        String url,
        String target,
        String variant,
        int httpStatus,
        String cacheStatus,
        long bytes,
        long ttfbMillis,
        long totalMillis,
        int attempts,
        String outcome,
        String error,
        Instant fetchedAt) {
    public static ResultJson from(StoredResult stored) {
        FetchResult fetch = stored.fetch();
        return new ResultJson(
                stored.planId().value(),
                stored.batchNo(),
                fetch.urlPosition(),
                stored.url(),
                fetch.target(),
                fetch.variant(),
                fetch.httpStatus(),
                fetch.cacheStatus().name().toLowerCase(java.util.Locale.ROOT),
                fetch.bytes(),
                fetch.ttfbMillis(),
                fetch.totalMillis(),
                fetch.attempts(),
                fetch.outcome().wireName(),
                fetch.error() == null ? "" : fetch.error(),
                stored.fetchedAt().truncatedTo(ChronoUnit.MILLIS));
    }
}
