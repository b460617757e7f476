package dev.prewarm.domain.fetch;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * When and how long to wait before fetching a URL again (PRODUCT.md §2): 408, 429, 5xx, timeouts
 * and network errors are retried, other 4xx never; back-off doubles from {@code baseDelay} with
 * jitter so that a batch's retries do not hit a struggling origin in lock-step; a Retry-After
 * from the server wins, but never beyond {@code maxRetryAfter}.
 */
public record RetryPolicy(int maxRetries, Duration baseDelay, Duration maxDelay, Duration maxRetryAfter) {
    public RetryPolicy {
        if (maxRetries < 0
                || baseDelay.isNegative()
                || maxDelay.compareTo(baseDelay) < 0
                || maxRetryAfter.isNegative()) {
            throw new IllegalArgumentException("invalid retry policy: maxRetries=" + maxRetries + " baseDelay="
                    + baseDelay + " maxDelay=" + maxDelay + " maxRetryAfter=" + maxRetryAfter);
        }
    }

    public static RetryPolicy defaults() {
        return new RetryPolicy(2, Duration.ofMillis(500), Duration.ofSeconds(30), Duration.ofSeconds(30));
    }

    /** Whether an attempt that ended so (httpStatus 0 when no response) is worth another try. */
    public static boolean isRetryable(FetchOutcome outcome, int httpStatus) {
        return switch (outcome) {
            case TIMEOUT, NETWORK_ERROR, SERVER_ERROR -> true;
            case CLIENT_ERROR -> httpStatus == 408 || httpStatus == 429;
            default -> false;
        };
    }

    /** {@code attemptsSoFar} counts the first try: with 2 retries a URL is fetched at most 3 times. */
    public boolean shouldRetry(FetchOutcome outcome, int httpStatus, int attemptsSoFar) {
        return attemptsSoFar <= maxRetries && isRetryable(outcome, httpStatus);
    }

    /** The wait before retry number {@code retry} (1 for the first retry). */
    public Duration delayBefore(int retry, Optional<String> retryAfter, Instant now, RandomGenerator random) {
        Optional<Duration> asked = retryAfter.flatMap(value -> parseRetryAfter(value, now));
        if (asked.isPresent()) {
            return asked.get().compareTo(maxRetryAfter) > 0 ? maxRetryAfter : asked.get();
        }
        long ceiling = baseDelay.toMillis() << Math.min(Math.max(retry - 1, 0), 20);
        long capped = Math.min(ceiling, maxDelay.toMillis());
        // "Equal jitter": at least half the back-off, so retries never collapse to zero delay.
        long half = capped / 2;
        return Duration.ofMillis(half + (capped - half == 0 ? 0 : random.nextLong(capped - half + 1)));
    }

    /** Retry-After is either delta-seconds or an HTTP-date; anything else is ignored. */
    static Optional<Duration> parseRetryAfter(String value, Instant now) {
        String text = value.strip();
        try {
            long seconds = Long.parseLong(text);
            return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME)
                        .toInstant();
                Duration wait = Duration.between(now, at);
                return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
            } catch (DateTimeParseException notDate) {
                return Optional.empty();
            }
        }
    }
}
