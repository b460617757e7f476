package dev.prewarm.domain.plan;

import dev.prewarm.domain.ObjectIdShape;
import java.util.random.RandomGenerator;

/** An execution plan's id (ESA's execution id): 24 lowercase hex characters. */
public record PlanId(String value) {
    public PlanId {
        ObjectIdShape.requireValid(value);
    }

    public static PlanId of(String value) {
        return new PlanId(value);
    }

    public static PlanId random(RandomGenerator random) {
        return new PlanId(ObjectIdShape.random(random));
    }

    @Override
    public String toString() {
        return value;
    }
}
