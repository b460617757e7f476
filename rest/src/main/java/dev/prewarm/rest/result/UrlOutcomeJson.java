package dev.prewarm.rest.result;

import dev.prewarm.domain.fetch.FetchOutcome;
import dev.prewarm.domain.result.UrlStatus;
import java.time.temporal.ChronoUnit;

/** A job URL with its last outcome; both last fields are empty strings until a batch fetched it. */
public record UrlOutcomeJson(long position, String url, String lastOutcome, String lastFetchedAt) {
    public static UrlOutcomeJson from(UrlStatus status) {
        return new UrlOutcomeJson(
                status.position(),
                status.url(),
                status.lastOutcome().map(FetchOutcome::wireName).orElse(""),
                status.lastFetchedAt()
                        .map(at -> at.truncatedTo(ChronoUnit.MILLIS).toString())
                        .orElse(""));
    }
}
