package dev.prewarm.domain.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
    private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");
    private final RetryPolicy policy = RetryPolicy.defaults();

    @Test
    void retries_408_429_5xx_timeouts_and_network_errors_at_most_twice() {
        assertThat(policy.shouldRetry(FetchOutcome.CLIENT_ERROR, 408, 1)).isTrue();
        assertThat(policy.shouldRetry(FetchOutcome.CLIENT_ERROR, 429, 2)).isTrue();
        assertThat(policy.shouldRetry(FetchOutcome.SERVER_ERROR, 502, 1)).isTrue();
        assertThat(policy.shouldRetry(FetchOutcome.TIMEOUT, 0, 1)).isTrue();
        assertThat(policy.shouldRetry(FetchOutcome.NETWORK_ERROR, 0, 2)).isTrue();
        assertThat(policy.shouldRetry(FetchOutcome.NETWORK_ERROR, 0, 3)).isFalse();
    }

    @Test
    void never_retries_other_client_errors_nor_successes_nor_blocked_urls() {
        assertThat(policy.shouldRetry(FetchOutcome.CLIENT_ERROR, 404, 1)).isFalse();
        assertThat(policy.shouldRetry(FetchOutcome.CLIENT_ERROR, 403, 1)).isFalse();
        assertThat(policy.shouldRetry(FetchOutcome.WARMED, 200, 1)).isFalse();
        assertThat(policy.shouldRetry(FetchOutcome.BLOCKED, 0, 1)).isFalse();
        assertThat(policy.shouldRetry(FetchOutcome.TOO_LARGE, 200, 1)).isFalse();
    }

    @Test
    void honours_retry_after_in_seconds_or_as_a_date_up_to_thirty_seconds() {
        var random = new SplittableRandom(1);
        assertThat(policy.delayBefore(1, Optional.of("7"), NOW, random)).isEqualTo(Duration.ofSeconds(7));
        assertThat(policy.delayBefore(1, Optional.of("3600"), NOW, random)).isEqualTo(Duration.ofSeconds(30));
        assertThat(policy.delayBefore(1, Optional.of("Sun, 01 Mar 2026 08:00:12 GMT"), NOW, random))
                .isEqualTo(Duration.ofSeconds(12));
        assertThat(policy.delayBefore(1, Optional.of("Sun, 01 Mar 2026 07:00:00 GMT"), NOW, random))
                .isEqualTo(Duration.ZERO);
    }

    @Property
    void back_off_doubles_with_jitter_between_half_and_all_of_the_step(
            @ForAll @IntRange(min = 1, max = 10) int retry, @ForAll long seed) {
        Duration delay = policy.delayBefore(retry, Optional.of("soon"), NOW, new SplittableRandom(seed));

        long step = Math.min(500L << (retry - 1), 30_000);
        assertThat(delay.toMillis()).isBetween(step / 2, step);
    }
}
