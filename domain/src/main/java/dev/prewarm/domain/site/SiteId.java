package dev.prewarm.domain.site;

import dev.prewarm.domain.error.InvalidParameterException;

/** A site's numeric id (int64 on the wire), always positive. */
public record SiteId(long value) {
    public SiteId {
        if (value <= 0) {
            throw new InvalidParameterException("SiteId", "must be a positive integer, got " + value);
        }
    }

    public static SiteId of(long value) {
        return new SiteId(value);
    }

    /** Parses the wire form (a JSON number or a numeric string). */
    public static SiteId parse(String text) {
        try {
            return new SiteId(Long.parseLong(text.strip()));
        } catch (NumberFormatException | NullPointerException e) {
            throw new InvalidParameterException("SiteId", "must be a positive integer, got '" + text + "'");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
