package dev.prewarm.domain.quota;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

class TokenBucketProperties {
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    /** The contract of a token bucket: calls granted ≤ burst + rate × elapsed, from a full bucket. */
    @Property
    void callsGrantedNeverExceedBurstPlusRateTimesElapsed(
            @ForAll @IntRange(min = 1, max = 100) int perSecond,
            @ForAll @IntRange(min = 1, max = 200) int burst,
            @ForAll @Size(max = 400) List<@LongRange(min = 0, max = 300) Long> gapsMillis) {
        ApiRate rate = new ApiRate(perSecond, burst);
        TokenBucket bucket = TokenBucket.full(rate, T0);
        Instant now = T0;
        long granted = 0;
        for (long gap : gapsMillis) {
            now = now.plusMillis(gap);
            Optional<TokenBucket> after = bucket.take(rate, now);
            if (after.isPresent()) {
                granted++;
                bucket = after.get();
            }
            double elapsedSeconds = (now.toEpochMilli() - T0.toEpochMilli()) / 1000.0;
            assertThat((double) granted).isLessThanOrEqualTo(burst + perSecond * elapsedSeconds + 1e-6);
            assertThat(bucket.tokens()).isBetween(0.0, (double) burst);
        }
    }

    /** A limited client that waits one rate interval is always let through again. */
    @Property
    void waitingOneIntervalAfterARefusalAlwaysGrantsACall(
            @ForAll @IntRange(min = 1, max = 1000) int perSecond,
            @ForAll @IntRange(min = 1, max = 200) int burst,
            @ForAll @LongRange(min = 0, max = 10_000) long startMillis) {
        ApiRate rate = new ApiRate(perSecond, burst);
        Instant now = T0.plusMillis(startMillis);
        TokenBucket bucket = TokenBucket.full(rate, now);
        for (int i = 0; i < burst; i++) {
            bucket = bucket.take(rate, now).orElseThrow();
        }
        assertThat(bucket.take(rate, now)).isEmpty();
        long intervalNanos = (1_000_000_000L + perSecond - 1) / perSecond;
        assertThat(bucket.take(rate, now.plusNanos(intervalNanos))).isPresent();
    }

    /** Clock skew between instances may delay a refill but never adds a token. */
    @Property
    void instantsOutOfOrderNeverAddTokens(
            @ForAll @IntRange(min = 0, max = 100) int tokens,
            @ForAll @LongRange(min = 1, max = 60_000) long backMillis) {
        ApiRate rate = new ApiRate(50, 100);
        TokenBucket bucket = new TokenBucket(tokens, T0);
        TokenBucket refilled = bucket.refilled(rate, T0.minusMillis(backMillis));
        assertThat(refilled.tokens()).isEqualTo(Math.min(tokens, 100));
        assertThat(refilled.refilledAt()).isEqualTo(T0);
    }
}
