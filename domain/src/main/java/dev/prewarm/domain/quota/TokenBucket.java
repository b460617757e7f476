package dev.prewarm.domain.quota;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The state of one AccessKey's token bucket: how many calls it may make right now, as of an
 * instant. Tokens flow back at the rate, never above the burst. The rate is not part of the state,
 * so a changed quota applies from the next call on (a lowered burst caps what is stored).
 *
 * <p>Time never runs backwards here: an instant before {@link #refilledAt} (another instance's
 * clock a little behind, or a caller that waited for the row) refills nothing and keeps the later
 * instant, so clock skew can only delay a refill, never grant a token twice.
 */
public record TokenBucket(double tokens, Instant refilledAt) {
    /** Absorbs the rounding of many small refills so that a whole token is not missed by 1e-12. */
    private static final double ROUNDING = 1e-9;

    public TokenBucket {
        Objects.requireNonNull(refilledAt, "refilledAt");
        if (!(tokens >= 0) || Double.isInfinite(tokens)) {
            throw new IllegalArgumentException("a token bucket holds a finite, non-negative count, got " + tokens);
        }
    }

    /** A bucket nobody has drawn from yet: the whole burst is available. */
    public static TokenBucket full(ApiRate rate, Instant now) {
        return new TokenBucket(rate.burst(), now);
    }

    /** This bucket with the tokens earned since {@link #refilledAt}, capped at the burst. */
    public TokenBucket refilled(ApiRate rate, Instant now) {
        Instant at = now.isAfter(refilledAt) ? now : refilledAt;
        double level = Math.min(tokens, rate.burst()) + seconds(Duration.between(refilledAt, at)) * rate.perSecond();
        return new TokenBucket(Math.min(level, rate.burst()), at);
    }

    /** The bucket after one call at {@code now}, or empty when no whole token is left (the call is refused). */
    public Optional<TokenBucket> take(ApiRate rate, Instant now) {
        TokenBucket current = refilled(rate, now);
        if (current.tokens + ROUNDING < 1) {
            return Optional.empty();
        }
        return Optional.of(new TokenBucket(Math.max(0, current.tokens - 1), current.refilledAt));
    }

    private static double seconds(Duration elapsed) {
        return elapsed.getSeconds() + elapsed.getNano() / 1e9;
    }
}
