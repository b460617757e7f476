package dev.prewarm.domain.account;

import dev.prewarm.domain.error.InvalidParameterException;
import java.util.random.RandomGenerator;

/**
 * An AccessKeyId: 3–64 ASCII letters and digits. Issued ones look like ESA's ({@code LTAI} + 20
 * alphanumerics); shorter ones are accepted so that the SDK's test vectors ({@code testAk}) work.
 */
public record AccessKeyId(String value) {
    private static final String ISSUED_PREFIX = "LTAI";

    public AccessKeyId {
        if (value == null || value.length() < 3 || value.length() > 64 || !Alphanumerics.isAlphanumeric(value)) {
            throw new InvalidParameterException(
                    "AccessKeyId", "must be 3 to 64 letters and digits, got '" + value + "'");
        }
    }

    public static AccessKeyId of(String value) {
        return new AccessKeyId(value);
    }

    /** A new id; production passes a SecureRandom. */
    public static AccessKeyId random(RandomGenerator random) {
        return new AccessKeyId(ISSUED_PREFIX + Alphanumerics.random(random, 20));
    }

    @Override
    public String toString() {
        return value;
    }
}
