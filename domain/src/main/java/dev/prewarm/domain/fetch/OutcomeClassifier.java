package dev.prewarm.domain.fetch;

import java.util.Locale;

/**
 * Turns a final HTTP response into an outcome (PRODUCT.md §2). The cache's own word beats the
 * origin's Cache-Control: a cache configured to override {@code private} that reports HIT has the
 * response, so it is {@code cached}.
 */
public final class OutcomeClassifier {
    private OutcomeClassifier() {}

    public static FetchOutcome classify(int httpStatus, ResponseHeaders headers) {
        return classify(
                httpStatus,
                CacheStatusParser.parse(headers),
                headers.get("Cache-Control").orElse(""));
    }

    public static FetchOutcome classify(int httpStatus, CacheStatus cache, String cacheControl) {
        if (httpStatus >= 300 && httpStatus < 400) {
            return FetchOutcome.REDIRECT;
        }
        if (httpStatus >= 400 && httpStatus < 500) {
            return FetchOutcome.CLIENT_ERROR;
        }
        if (httpStatus < 200 || httpStatus >= 300) {
            return FetchOutcome.SERVER_ERROR; // 5xx, and any status no origin should send as final
        }
        if (cache.meansUncacheable()) {
            return FetchOutcome.UNCACHEABLE;
        }
        if (cache == CacheStatus.HIT) {
            return FetchOutcome.CACHED;
        }
        return forbidsStoring(cacheControl) ? FetchOutcome.UNCACHEABLE : FetchOutcome.WARMED;
    }

    private static boolean forbidsStoring(String cacheControl) {
        for (String directive : cacheControl.toLowerCase(Locale.ROOT).split(",")) {
            String name = directive.strip().split("=", 2)[0].strip();
            if (name.equals("no-store") || name.equals("private")) {
                return true;
            }
        }
        return false;
    }
}
