package dev.prewarm.domain.user;

import dev.prewarm.domain.error.InvalidParameterException;
import java.util.regex.Pattern;

/** A login name: 3–64 characters of letters, digits, '.', '_' or '-'; case-sensitive. */
public record Username(String value) {
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9._-]{3,64}");

    public Username {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new InvalidParameterException(
                    "Username", "must be 3 to 64 letters, digits, '.', '_' or '-', got '" + value + "'");
        }
    }

    public static Username of(String value) {
        return new Username(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
