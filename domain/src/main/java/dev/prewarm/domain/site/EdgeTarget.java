package dev.prewarm.domain.site;

import dev.prewarm.domain.error.InvalidParameterException;
import dev.prewarm.domain.url.HostSyntax;
import java.util.Locale;

/**
 * A cache node every URL of the site is requested from, with the URL's own Host header and SNI.
 * Configured by an operator and trusted, so private addresses are allowed here.
 */
public record EdgeTarget(String scheme, String host, int port) {
    public EdgeTarget {
        if (!"http".equals(scheme) && !"https".equals(scheme)) {
            throw new InvalidParameterException(
                    "EdgeTargets", "the scheme must be http or https, got '" + scheme + "'");
        }
        try {
            host = HostSyntax.normalize(host);
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException("EdgeTargets", "'" + host + "' is not a valid host: " + e.getMessage());
        }
        if (port < 1 || port > 65535) {
            throw new InvalidParameterException("EdgeTargets", "the port must be 1 to 65535, got " + port);
        }
    }

    /** Parses {@code scheme://host[:port]}, e.g. {@code https://10.0.0.1:443}; the port defaults by scheme. */
    public static EdgeTarget parse(String text) {
        try {
            return parseAuthority(text == null ? "" : text.strip());
        } catch (InvalidParameterException e) {
            throw new InvalidParameterException("EdgeTargets", "'" + text + "' is not an edge target: " + e.reason());
        }
    }

    private static EdgeTarget parseAuthority(String text) {
        int separator = text.indexOf("://");
        if (separator <= 0 || text.indexOf('/', separator + 3) >= 0) {
            throw new InvalidParameterException("EdgeTargets", "it must look like https://host:port");
        }
        String scheme = text.substring(0, separator).toLowerCase(Locale.ROOT);
        String authority = text.substring(separator + 3);
        int colon = authority.startsWith("[") ? authority.indexOf(':', authority.indexOf(']')) : authority.indexOf(':');
        if (colon < 0) {
            return new EdgeTarget(scheme, authority, "https".equals(scheme) ? 443 : 80);
        }
        return new EdgeTarget(scheme, authority.substring(0, colon), parsePort(authority.substring(colon + 1)));
    }

    private static int parsePort(String digits) {
        if (digits.isEmpty() || digits.length() > 5 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new InvalidParameterException("EdgeTargets", "the port '" + digits + "' is not a number 1 to 65535");
        }
        return Integer.parseInt(digits);
    }

    @Override
    public String toString() {
        return scheme + "://" + host + ":" + port;
    }
}
