package dev.prewarm.domain.plan;

import dev.prewarm.domain.error.InvalidParameterException;
import dev.prewarm.domain.error.MissingParameterException;
import java.time.Duration;

/** Seconds between the starts of two consecutive batches of a plan. */
public record Interval(int seconds) {
    public static final int MIN_SECONDS = 1;
    public static final int MAX_SECONDS = 86_400;

    public Interval {
        if (seconds < MIN_SECONDS || seconds > MAX_SECONDS) {
            throw outOfRange(Integer.toString(seconds));
        }
    }

    public static Interval ofSeconds(long seconds) {
        return ofSeconds(seconds, Long.toString(seconds));
    }

    /** {@code asSent} names the value in the error: a huge one was clamped to be parsed at all. */
    private static Interval ofSeconds(long seconds, String asSent) {
        if (seconds < MIN_SECONDS || seconds > MAX_SECONDS) {
            throw outOfRange(asSent);
        }
        return new Interval((int) seconds);
    }

    /** Parses the wire form, which may be a JSON number or a numeric string. */
    public static Interval parse(String text) {
        if (text == null || text.isBlank()) {
            throw MissingParameterException.of("Interval");
        }
        return ofSeconds(WholeNumber.parse("Interval", text, "a whole number of seconds"), text.strip());
    }

    public Duration duration() {
        return Duration.ofSeconds(seconds);
    }

    private static InvalidParameterException outOfRange(String got) {
        return new InvalidParameterException(
                "Interval", "must be between " + MIN_SECONDS + " and " + MAX_SECONDS + " seconds, got " + got);
    }

    @Override
    public String toString() {
        return seconds + "s";
    }
}
