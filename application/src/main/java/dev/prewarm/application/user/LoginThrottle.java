package dev.prewarm.application.user;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: after {@link #FREE_FAILURES} failed sign-ins in a row for one
 * username, or from one client address, further attempts are refused for a wait that doubles with
 * each failure, up to {@link #MAX_WAIT}. A success clears the username's record. Records live in
 * this instance's memory: with several instances an attacker gets a few more free guesses per
 * instance, which the doubling wait still makes worthless, and no shared table is written on
 * every failed attempt.
 */
@ApplicationScoped
public class LoginThrottle {
    static final int FREE_FAILURES = 5;
    static final Duration FIRST_WAIT = Duration.ofSeconds(30);
    static final Duration MAX_WAIT = Duration.ofMinutes(15);
    /** Bounds the memory an attacker can make us use with made-up usernames. */
    private static final int MAX_TRACKED = 100_000;

    private final ConcurrentHashMap<String, Failures> failures = new ConcurrentHashMap<>();

    @Inject
    Clock clock;

    protected LoginThrottle() {
        // for CDI
    }

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long the caller must wait before this attempt is even checked; empty when it may go ahead. */
    public Optional<Duration> waitBefore(String username, String clientAddress) {
        Instant now = clock.instant();
        Duration wait = longer(remaining(userKey(username), now), remaining(addressKey(clientAddress), now));
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    public void failed(String username, String clientAddress) {
        Instant now = clock.instant();
        if (failures.size() >= MAX_TRACKED) {
            failures.values().removeIf(f -> !f.blockedUntil().isAfter(now) && f.count() < FREE_FAILURES);
        }
        failures.merge(userKey(username), Failures.first(now), (old, ignored) -> old.next(now));
        failures.merge(addressKey(clientAddress), Failures.first(now), (old, ignored) -> old.next(now));
    }

    public void succeeded(String username) {
        failures.remove(userKey(username));
    }

    private Duration remaining(String key, Instant now) {
        Failures f = failures.get(key);
        if (f == null || !f.blockedUntil().isAfter(now)) {
            return Duration.ZERO;
        }
        return Duration.between(now, f.blockedUntil());
    }

    private static Duration longer(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static String userKey(String username) {
        return "user:" + (username == null ? "" : username.trim().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "addr:" + (address == null ? "" : address);
    }

    private record Failures(int count, Instant blockedUntil) {
        static Failures first(Instant now) {
            return new Failures(1, now);
        }

        Failures next(Instant now) {
            int count = this.count + 1;
            if (count < FREE_FAILURES) {
                return new Failures(count, now);
            }
            long factor = 1L << Math.min(20, count - FREE_FAILURES);
            Duration wait = FIRST_WAIT.multipliedBy(factor);
            return new Failures(count, now.plus(wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait));
        }
    }
}
