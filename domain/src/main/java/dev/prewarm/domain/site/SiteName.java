package dev.prewarm.domain.site;

import dev.prewarm.domain.error.InvalidParameterException;

/** A site's display name: 1–128 characters after trimming, no control characters. */
public record SiteName(String value) {
    public static final int MAX_LENGTH = 128;

    public SiteName {
        if (value == null || value.isBlank()) {
            throw new InvalidParameterException("Name", "a site name must not be empty, got '" + value + "'");
        }
        value = value.strip();
        if (value.length() > MAX_LENGTH || value.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidParameterException(
                    "Name", "must be 1 to 128 characters without control characters, got '" + value + "'");
        }
    }

    public static SiteName of(String value) {
        return new SiteName(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
