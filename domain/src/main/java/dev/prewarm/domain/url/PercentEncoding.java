package dev.prewarm.domain.url;

import java.nio.charset.StandardCharsets;

/**
 * Percent-encodes the path and query of a URL. Valid {@code %XX} escapes are kept exactly as
 * written (the origin may key its cache on them, and decoding would change meaning, e.g. {@code
 * %2F}); a {@code %} that starts no escape becomes {@code %25}; everything outside the RFC 3986
 * path/query characters — non-ASCII as UTF-8 bytes — becomes uppercase {@code %XX}.
 */
final class PercentEncoding {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    private static final String PATH_SYMBOLS = "-._~!$&'()*+,;=:@/";
    // The ASCII characters kept as they are in a path, by code; a query also keeps '?'.
    private static final boolean[] PATH_ALLOWED = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            PATH_ALLOWED[c] = HostSyntax.isAsciiAlphanumeric(c) || PATH_SYMBOLS.indexOf(c) >= 0;
        }
    }

    private PercentEncoding() {}

    static void appendEncoded(StringBuilder out, String part, boolean query) {
        int i = 0;
        while (i < part.length()) {
            char c = part.charAt(i);
            if (c == '%') {
                boolean escape = i + 2 < part.length()
                        && HostSyntax.isHexDigit(part.charAt(i + 1))
                        && HostSyntax.isHexDigit(part.charAt(i + 2));
                out.append(escape ? "%" : "%25");
                i++;
            } else if (c < 128 && isAllowed(c, query)) {
                out.append(c);
                i++;
            } else {
                int codePoint = part.codePointAt(i);
                appendUtf8Escapes(out, codePoint);
                i += Character.charCount(codePoint);
            }
        }
    }

    private static boolean isAllowed(char c, boolean query) {
        return PATH_ALLOWED[c] || (query && c == '?');
    }

    private static void appendUtf8Escapes(StringBuilder out, int codePoint) {
        for (byte b : new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8)) {
            out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
        }
    }
}
