package dev.prewarm.domain.url;

import dev.prewarm.domain.url.UrlNormalization.Accepted;
import dev.prewarm.domain.url.UrlNormalization.Rejected;
import java.util.Locale;

/**
 * Turns one submitted line into a {@link PreloadUrl} by the rules of PRODUCT.md §1, or says why not.
 *
 * <p>The parser is explicit ({@code scheme://host[:port][/path][?query][#fragment]}) rather than
 * {@link java.net.URI}, which rejects raw non-ASCII in some positions and accepts forms (opaque
 * URIs, registry authorities) that cannot be fetched. The output is a strict RFC 3986 URI, so the
 * fetcher can hand it to {@code java.net.URI} / {@code HttpClient} unchanged.
 */
public final class UrlNormalizer {
    private UrlNormalizer() {}

    public static UrlNormalization normalize(String line) {
        if (line == null) {
            return invalid("the line is empty");
        }
        String text = line.strip();
        if (text.isEmpty()) {
            return invalid("the line is empty");
        }
        String badCharacter = findForbiddenCharacter(text);
        if (badCharacter != null) {
            return invalid("the URL contains " + badCharacter);
        }
        int colon = text.indexOf(':');
        if (colon <= 0 || !text.startsWith("//", colon + 1)) {
            return invalid("the URL is not absolute (scheme://host...)");
        }
        String scheme = text.substring(0, colon).toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return invalid("the scheme '" + text.substring(0, colon) + "' is not http or https");
        }
        return normalizeAfterScheme(scheme, text, colon + 3);
    }

    private static UrlNormalization normalizeAfterScheme(String scheme, String text, int authorityStart) {
        int authorityEnd = indexOfAny(text, authorityStart, "/?#");
        Authority authority;
        try {
            authority = Authority.parse(scheme, text.substring(authorityStart, authorityEnd));
        } catch (IllegalArgumentException e) {
            return invalid(e.getMessage());
        }
        int fragmentStart = text.indexOf('#', authorityEnd);
        String pathAndQuery = text.substring(authorityEnd, fragmentStart < 0 ? text.length() : fragmentStart);
        int queryStart = pathAndQuery.indexOf('?');
        String path = queryStart < 0 ? pathAndQuery : pathAndQuery.substring(0, queryStart);
        StringBuilder url = new StringBuilder(scheme.length() + pathAndQuery.length() + 32)
                .append(scheme)
                .append("://")
                .append(authority.text());
        PercentEncoding.appendEncoded(url, path.isEmpty() ? "/" : path, false);
        if (queryStart >= 0) {
            url.append('?');
            PercentEncoding.appendEncoded(url, pathAndQuery.substring(queryStart + 1), true);
        }
        if (url.length() > PreloadUrl.MAX_BYTES) {
            return invalid(
                    "the URL is " + url.length() + " bytes after normalisation, more than " + PreloadUrl.MAX_BYTES);
        }
        return new Accepted(new PreloadUrl(url.toString()), authority.bareHost());
    }

    /** Describes the first whitespace, control character or unpaired surrogate, or returns null. */
    private static String findForbiddenCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > 0x20 && c < 0x7F) {
                continue; // visible ASCII, nearly every character of a list: none of the checks below applies
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
                return "whitespace or a control character (U+%04X) at position %d".formatted((int) c, i + 1);
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "an unpaired surrogate (U+%04X) at position %d".formatted((int) c, i + 1);
            }
        }
        return null;
    }

    private static int indexOfAny(String text, int from, String stops) {
        for (int i = from; i < text.length(); i++) {
            if (stops.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return text.length();
    }

    private static Rejected invalid(String detail) {
        return new Rejected(RejectionReason.INVALID_URL, detail);
    }

    /** host[:port] of an http(s) URL, normalized; the port is kept only when it is not the scheme's default. */
    private record Authority(String bareHost, String text) {
        static Authority parse(String scheme, String authority) {
            if (authority.isEmpty()) {
                throw new IllegalArgumentException("the URL has no host");
            }
            if (authority.indexOf('@') >= 0) {
                throw new IllegalArgumentException("user information ('user@') is not allowed in the URL");
            }
            int portColon = portColonIndex(authority);
            String rawHost = portColon < 0 ? authority : authority.substring(0, portColon);
            String host = HostSyntax.normalize(rawHost);
            int port = portColon < 0 ? -1 : parsePort(authority.substring(portColon + 1));
            int defaultPort = scheme.equals("https") ? 443 : 80;
            String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
            return new Authority(bare, port < 0 || port == defaultPort ? host : host + ":" + port);
        }

        private static int portColonIndex(String authority) {
            if (authority.charAt(0) == '[') {
                int close = authority.indexOf(']');
                if (close < 0) {
                    throw new IllegalArgumentException("the IPv6 host '" + authority + "' has no closing ']'");
                }
                if (close + 1 < authority.length() && authority.charAt(close + 1) != ':') {
                    throw new IllegalArgumentException("unexpected text after the IPv6 host in '" + authority + "'");
                }
                return close + 1 < authority.length() ? close + 1 : -1;
            }
            return authority.indexOf(':');
        }

        /** An empty port ("host:") means the default, as in RFC 3986 §3.2.3; -1 stands for it. */
        private static int parsePort(String digits) {
            if (digits.isEmpty()) {
                return -1;
            }
            if (digits.length() > 5 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw new IllegalArgumentException("the port '" + digits + "' is not a number from 1 to 65535");
            }
            int port = Integer.parseInt(digits);
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("the port '" + digits + "' is not a number from 1 to 65535");
            }
            return port;
        }
    }
}
