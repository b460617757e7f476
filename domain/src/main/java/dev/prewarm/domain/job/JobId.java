package dev.prewarm.domain.job;

import dev.prewarm.domain.ObjectIdShape;
import java.util.random.RandomGenerator;

/** A preload job's id: 24 lowercase hex characters. */
public record JobId(String value) {
    public JobId {
        ObjectIdShape.requireValid(value);
    }

    public static JobId of(String value) {
        return new JobId(value);
    }

    public static JobId random(RandomGenerator random) {
        return new JobId(ObjectIdShape.random(random));
    }

    @Override
    public String toString() {
        return value;
    }
}
