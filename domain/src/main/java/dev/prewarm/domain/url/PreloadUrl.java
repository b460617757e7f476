package dev.prewarm.domain.url;

import dev.prewarm.domain.error.InvalidParameterException;

/**
 * An absolute http(s) URL in normal form (see {@link UrlNormalizer}): ASCII only, at most 4,096
 * bytes, no fragment. Build one from user input with {@link #parse}; the constructor only re-checks
 * the cheap invariants, so that storage can rebuild stored values without re-normalizing them.
 */
public record PreloadUrl(String value) {
    public static final int MAX_BYTES = 4096;

    public PreloadUrl {
        if (value == null
                || value.length() > MAX_BYTES
                || !(value.startsWith("http://") || value.startsWith("https://"))
                || value.indexOf('#') >= 0
                || !isVisibleAscii(value)) {
            throw new InvalidParameterException("Url", "'" + value + "' is not a normalized http(s) URL");
        }
    }

    private static boolean isVisibleAscii(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c <= 0x20 || c >= 0x7F) {
                return false;
            }
        }
        return true;
    }

    /**
     * Normalizes user input, for single URLs outside a list (e.g. {@code PreloadCaches} Content).
     *
     * @param parameter the API parameter named in the error when the text is not a valid URL
     */
    public static PreloadUrl parse(String text, String parameter) {
        return switch (UrlNormalizer.normalize(text)) {
            case UrlNormalization.Accepted accepted -> accepted.url();
            case UrlNormalization.Rejected rejected ->
                throw new InvalidParameterException(
                        parameter, "'" + text + "' is not a valid URL: " + rejected.detail());
        };
    }

    /** The host as matched against site domains: lower case, punycode, IPv6 without brackets. */
    public String host() {
        int start = value.indexOf("://") + 3;
        if (value.charAt(start) == '[') {
            return value.substring(start + 1, value.indexOf(']', start));
        }
        int end = start;
        while (end < value.length() && ":/?".indexOf(value.charAt(end)) < 0) {
            end++;
        }
        return value.substring(start, end);
    }

    public boolean isHttps() {
        return value.startsWith("https://");
    }

    @Override
    public String toString() {
        return value;
    }
}
