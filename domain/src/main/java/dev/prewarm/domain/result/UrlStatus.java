package dev.prewarm.domain.result;

import dev.prewarm.domain.fetch.FetchOutcome;
import java.time.Instant;
import java.util.Optional;

/** A job URL with its last outcome, empty until a batch has fetched it. */
public record UrlStatus(
        long position, String url, Optional<FetchOutcome> lastOutcome, Optional<Instant> lastFetchedAt) {}
