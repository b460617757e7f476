package dev.prewarm.domain.plan;

import dev.prewarm.domain.error.InvalidParameterException;
import dev.prewarm.domain.error.MissingParameterException;

/** How many URLs one batch of a plan takes from the job's cursor. */
public record SliceLen(int value) {
    public static final int MIN = 1;
    public static final int MAX = 100_000;

    public SliceLen {
        if (value < MIN || value > MAX) {
            throw outOfRange(Integer.toString(value));
        }
    }

    public static SliceLen of(long value) {
        return of(value, Long.toString(value));
    }

    /** {@code asSent} names the value in the error: a huge one was clamped to be parsed at all. */
    private static SliceLen of(long value, String asSent) {
        if (value < MIN || value > MAX) {
            throw outOfRange(asSent);
        }
        return new SliceLen((int) value);
    }

    /** Parses the wire form, which may be a JSON number or a numeric string. */
    public static SliceLen parse(String text) {
        if (text == null || text.isBlank()) {
            throw MissingParameterException.of("SliceLen");
        }
        return of(WholeNumber.parse("SliceLen", text, "a whole number of URLs"), text.strip());
    }

    private static InvalidParameterException outOfRange(String got) {
        return new InvalidParameterException("SliceLen", "must be between " + MIN + " and " + MAX + ", got " + got);
    }

    @Override
    public String toString() {
        return Integer.toString(value);
    }
}
