package dev.prewarm.domain.job;

import dev.prewarm.domain.error.InvalidParameterException;

/** A job's name: 1–128 characters, no control characters; kept exactly as given. */
public record JobName(String value) {
    public static final int MAX_LENGTH = 128;

    public JobName {
        if (value == null || value.isBlank()) {
            throw new InvalidParameterException("Name", "must not be empty, got '" + value + "'");
        }
        if (value.length() > MAX_LENGTH) {
            throw new InvalidParameterException(
                    "Name",
                    "must be at most 128 characters, got " + value.length() + " in '" + value.substring(0, 32) + "…'");
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidParameterException(
                    "Name", "must not contain control characters, got '" + value.replaceAll("\\p{Cntrl}", "?") + "'");
        }
    }

    public static JobName of(String value) {
        return new JobName(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
