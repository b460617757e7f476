package dev.prewarm.rest.rpc;

import dev.prewarm.domain.error.InvalidParameterException;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Decodes {@code application/x-www-form-urlencoded} text (query strings and form bodies) strictly:
 * a broken percent escape or invalid UTF-8 is a client error, never a silent substitution.
 */
public final class FormEncoding {
    private FormEncoding() {}

    /** Parameters in order of appearance; a repeated name keeps its last value. */
    public static Map<String, String> parse(String text) {
        Map<String, String> values = new LinkedHashMap<>();
        if (text == null || text.isEmpty()) {
            return values;
        }
        for (String pair : text.split("&")) {
            if (!pair.isEmpty()) {
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                values.put(name, eq < 0 ? "" : decode(pair.substring(eq + 1)));
            }
        }
        return values;
    }

    public static String decode(String text) {
        if (text.indexOf('%') < 0 && text.indexOf('+') < 0) {
            return text;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '+') {
                out.write(' ');
            } else if (c == '%') {
                out.write((hex(text, i + 1) << 4) | hex(text, i + 2));
                i += 2;
            } else {
                int end = i + (Character.isHighSurrogate(c) && i + 1 < text.length() ? 2 : 1);
                out.writeBytes(text.substring(i, end).getBytes(StandardCharsets.UTF_8));
                i = end - 1;
            }
        }
        return strictUtf8(out.toByteArray());
    }

    private static int hex(String text, int index) {
        int digit = index < text.length() ? Character.digit(text.charAt(index), 16) : -1;
        if (digit < 0) {
            throw new InvalidParameterException("Request", "a percent escape is broken near position " + index);
        }
        return digit;
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InvalidParameterException("Request", "a parameter is not valid UTF-8");
        }
    }
}
