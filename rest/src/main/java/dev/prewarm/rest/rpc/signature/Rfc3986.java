package dev.prewarm.rest.rpc.signature;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The percent-encoding both signature versions sign with: UTF-8, only {@code A-Za-z0-9-_.~} left
 * as they are, upper-case hex. Not {@code URLEncoder}, which writes {@code +} for a space and
 * leaves {@code *} alone.
 */
final class Rfc3986 {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private Rfc3986() {}

    static String encode(String text) {
        StringBuilder encoded = new StringBuilder(text.length() * 3 / 2);
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (isUnreserved(c)) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return encoded.toString();
    }

    /**
     * Form decoding of one query component: {@code +} is a space, {@code %XX} a byte of UTF-8. A
     * {@code %} without two hex digits stays as it is; such a request cannot carry a valid
     * signature and fails the comparison rather than the parse.
     */
    static String decode(String component) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(component.length());
        int i = 0;
        while (i < component.length()) {
            int c = component.codePointAt(i);
            if (c == '+') {
                bytes.write(' ');
            } else if (c == '%' && isEscape(component, i)) {
                bytes.write(hex(component.charAt(i + 1)) << 4 | hex(component.charAt(i + 2)));
                i += 2;
            } else {
                bytes.writeBytes(Character.toString(c).getBytes(StandardCharsets.UTF_8));
            }
            i += Character.charCount(c);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static boolean isEscape(String text, int percent) {
        return percent + 2 < text.length() && hex(text.charAt(percent + 1)) >= 0 && hex(text.charAt(percent + 2)) >= 0;
    }

    // ASCII only: Character.digit would also accept full-width and other Unicode digits.
    private static int hex(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
    }

    private static boolean isUnreserved(int c) {
        return (c >= 'A' && c <= 'Z')
                || (c >= 'a' && c <= 'z')
                || (c >= '0' && c <= '9')
                || c == '-'
                || c == '_'
                || c == '.'
                || c == '~';
    }
}
