package dev.prewarm.domain.site;

import dev.prewarm.domain.error.InvalidParameterException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One set of request headers; every URL is fetched once per variant (e.g. gzip, br, mobile).
 * Headers keep their insertion order because some caches key on the order of Vary'd headers.
 */
public record HeaderVariant(String name, Map<String, String> headers) {
    public static final int MAX_HEADERS = 32;
    private static final String TOKEN_SYMBOLS = "!#$%&'*+-.^_`|~";
    // Set by the HTTP client from the URL and body; java.net.http refuses them as user headers anyway.
    private static final Set<String> RESTRICTED = Set.of("host", "connection", "content-length", "expect", "upgrade");

    public HeaderVariant {
        if (name == null || name.isBlank() || name.length() > 64 || name.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidParameterException(
                    "Variants", "a variant name must be 1 to 64 characters, got '" + name + "'");
        }
        if (headers == null || headers.size() > MAX_HEADERS) {
            throw new InvalidParameterException("Variants", "variant '" + name + "' must have at most 32 headers");
        }
        Map<String, String> copy = new LinkedHashMap<>();
        headers.forEach((header, value) -> {
            requireValidHeader("Variants", header, value);
            copy.put(header, value);
        });
        headers = Collections.unmodifiableMap(copy);
    }

    public static HeaderVariant gzip() {
        return new HeaderVariant("gzip", Map.of("Accept-Encoding", "gzip"));
    }

    /**
     * Checks one header as sent on the wire: the name an RFC 9110 token and not one the client sets
     * itself, the value without CR, LF or NUL (header injection).
     */
    public static void requireValidHeader(String parameter, String header, String value) {
        if (header == null || header.isEmpty() || !header.chars().allMatch(HeaderVariant::isTokenChar)) {
            throw new InvalidParameterException(parameter, "'" + header + "' is not a valid header name");
        }
        if (RESTRICTED.contains(header.toLowerCase(Locale.ROOT))) {
            throw new InvalidParameterException(parameter, "the header '" + header + "' cannot be set");
        }
        if (value == null || value.length() > 8192 || value.chars().anyMatch(c -> c == '\r' || c == '\n' || c == 0)) {
            throw new InvalidParameterException(
                    parameter, "the value of header '" + header + "' must be at most 8192 characters without CR/LF");
        }
    }

    private static boolean isTokenChar(int c) {
        return (c >= '0' && c <= '9')
                || (c >= 'a' && c <= 'z')
                || (c >= 'A' && c <= 'Z')
                || TOKEN_SYMBOLS.indexOf(c) >= 0;
    }
}
