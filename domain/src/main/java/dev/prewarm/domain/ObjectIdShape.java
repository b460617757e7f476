package dev.prewarm.domain;

import dev.prewarm.domain.error.InvalidObjectIdException;
import java.util.HexFormat;
import java.util.random.RandomGenerator;

/**
 * The shape shared by job and plan ids: 24 lowercase hex characters from 96 random bits, so ids
 * cannot be guessed or enumerated (API.md §3).
 */
public final class ObjectIdShape {
    public static final int LENGTH = 24;

    private ObjectIdShape() {}

    public static String requireValid(String value) {
        if (value == null || value.length() != LENGTH) {
            throw new InvalidObjectIdException(value);
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = value.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
                throw new InvalidObjectIdException(value);
            }
        }
        return value;
    }

    /** 96 bits from the given generator; callers pass a SecureRandom in production. */
    public static String random(RandomGenerator random) {
        byte[] bytes = new byte[LENGTH / 2];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
