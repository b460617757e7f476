package dev.prewarm.domain.account;

import dev.prewarm.domain.error.InvalidParameterException;
import java.util.random.RandomGenerator;

/**
 * A plain AccessKey secret: 30 alphanumerics (about 178 bits). It exists only between generation
 * and sealing, and once more when shown to the user; {@link #toString} hides it so it never lands
 * in a log.
 */
public record AccessKeySecret(String value) {
    public static final int LENGTH = 30;

    public AccessKeySecret {
        if (value == null || value.length() != LENGTH || !Alphanumerics.isAlphanumeric(value)) {
            throw new InvalidParameterException("AccessKeySecret", "must be 30 letters and digits");
        }
    }

    /** A new secret; production passes a SecureRandom. */
    public static AccessKeySecret generate(RandomGenerator random) {
        return new AccessKeySecret(Alphanumerics.random(random, LENGTH));
    }

    @Override
    public String toString() {
        return "AccessKeySecret[hidden]";
    }
}
