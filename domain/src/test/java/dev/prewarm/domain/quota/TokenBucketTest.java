package dev.prewarm.domain.quota;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TokenBucketTest {
    private static final Instant T0 = Instant.parse("2026-11-28T12:00:00Z");
    private static final ApiRate DEFAULT = new ApiRate(50, 100);

    @Test
    void aFullBucketGrantsTheBurstAtOnceAndThenRefuses() {
        TokenBucket bucket = TokenBucket.full(DEFAULT, T0);
        for (int call = 0; call < 100; call++) {
            bucket = bucket.take(DEFAULT, T0).orElseThrow();
        }
        assertThat(bucket.take(DEFAULT, T0)).isEmpty();
    }

    @Test
    void anEmptyBucketGrantsOneCallPerRateIntervalAgain() {
        ApiRate rate = new ApiRate(1, 3);
        TokenBucket empty = new TokenBucket(0, T0);

        assertThat(empty.take(rate, T0.plusMillis(999))).isEmpty();
        TokenBucket after = empty.take(rate, T0.plusSeconds(1)).orElseThrow();
        assertThat(after.tokens()).isZero();
        assertThat(after.refilledAt()).isEqualTo(T0.plusSeconds(1));
    }

    @Test
    void refillStopsAtTheBurst() {
        TokenBucket refilled = new TokenBucket(0, T0).refilled(DEFAULT, T0.plus(Duration.ofDays(400)));
        assertThat(refilled.tokens()).isEqualTo(100);
    }

    @Test
    void anEarlierInstantRefillsNothingAndKeepsTheLaterTime() {
        TokenBucket bucket = new TokenBucket(2.5, T0);
        TokenBucket refilled = bucket.refilled(DEFAULT, T0.minusSeconds(30));
        assertThat(refilled).isEqualTo(bucket);
        assertThat(bucket.take(DEFAULT, T0.minusSeconds(30)).map(TokenBucket::refilledAt))
                .isEqualTo(Optional.of(T0));
    }

    @Test
    void aLoweredBurstCapsWhatWasStored() {
        TokenBucket stored = new TokenBucket(100, T0);
        ApiRate lowered = new ApiRate(1, 3);
        assertThat(stored.refilled(lowered, T0).tokens()).isEqualTo(3);
    }

    @Test
    void invalidStatesAndRatesAreRefusedNamingTheValue() {
        assertThatThrownBy(() -> new TokenBucket(-1, T0)).hasMessageContaining("-1");
        assertThatThrownBy(() -> new TokenBucket(Double.NaN, T0)).hasMessageContaining("NaN");
        assertThatThrownBy(() -> new ApiRate(0, 5)).hasMessageContaining("0/s");
    }
}
