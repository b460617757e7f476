package dev.prewarm.application.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
    private Instant now = Instant.parse("2026-11-28T10:00:00Z");
    private final LoginThrottle throttle = new LoginThrottle(new Clock() {
        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    @Test
    void aFewFailuresAreFree() {
        for (int i = 0; i < LoginThrottle.FREE_FAILURES - 1; i++) {
            throttle.failed("alice", "10.0.0.1");
        }
        assertThat(throttle.waitBefore("alice", "10.0.0.1")).isEmpty();
    }

    @Test
    void repeatedFailuresBlockTheUsernameFromAnyAddressWithADoublingWait() {
        for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
            throttle.failed("alice", "10.0.0." + i);
        }
        assertThat(throttle.waitBefore("Alice", "192.0.2.9")).contains(LoginThrottle.FIRST_WAIT);

        now = now.plus(LoginThrottle.FIRST_WAIT);
        assertThat(throttle.waitBefore("alice", "192.0.2.9")).isEmpty();
        throttle.failed("alice", "192.0.2.9");
        assertThat(throttle.waitBefore("alice", "192.0.2.10")).contains(LoginThrottle.FIRST_WAIT.multipliedBy(2));
    }

    @Test
    void oneAddressTryingManyUsernamesIsBlocked() {
        for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
            throttle.failed("user" + i, "10.0.0.1");
        }
        assertThat(throttle.waitBefore("someone-else", "10.0.0.1")).isPresent();
        assertThat(throttle.waitBefore("someone-else", "10.0.0.2")).isEmpty();
    }

    @Test
    void theWaitNeverExceedsTheMaximum() {
        for (int i = 0; i < 40; i++) {
            throttle.failed("alice", "10.0.0.1");
        }
        assertThat(throttle.waitBefore("alice", "10.0.0.3")).contains(LoginThrottle.MAX_WAIT);
        assertThat(throttle.waitBefore("alice", "10.0.0.3").orElseThrow()).isLessThanOrEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void aSuccessClearsTheUsername() {
        for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
            throttle.failed("alice", "10.0.0." + i);
        }
        throttle.succeeded("alice");
        assertThat(throttle.waitBefore("alice", "192.0.2.1")).isEmpty();
    }
}
