package dev.prewarm.domain.idempotency;

import dev.prewarm.domain.error.InvalidParameterException;

/** A client's idempotency token: 1 to 64 visible ASCII characters, as ESA's ClientToken. */
public record ClientToken(String value) {
    public static final int MAX_LENGTH = 64;

    public ClientToken {
        if (value == null || value.isEmpty() || value.length() > MAX_LENGTH || !visibleAscii(value)) {
            throw new InvalidParameterException(
                    "ClientToken", "must be 1 to " + MAX_LENGTH + " visible ASCII characters, got '" + value + "'");
        }
    }

    public static ClientToken of(String value) {
        return new ClientToken(value);
    }

    private static boolean visibleAscii(String value) {
        return value.chars().allMatch(c -> c > 0x20 && c < 0x7f);
    }

    @Override
    public String toString() {
        return value;
    }
}
