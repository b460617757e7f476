package dev.prewarm.domain.task;

import dev.prewarm.domain.ObjectIdShape;
import java.util.random.RandomGenerator;

/**
 * The id of one {@code PreloadCaches} call, shared by the tasks of all its URLs. The same shape as
 * job and plan ids (24 lowercase hex characters from 96 random bits, unguessable), sent as a JSON
 * string; ESA's own numeric ids are not reproduced because they would be enumerable.
 */
public record TaskId(String value) {
    public TaskId {
        ObjectIdShape.requireValid(value);
    }

    public static TaskId of(String value) {
        return new TaskId(value);
    }

    public static TaskId random(RandomGenerator random) {
        return new TaskId(ObjectIdShape.random(random));
    }

    @Override
    public String toString() {
        return value;
    }
}
