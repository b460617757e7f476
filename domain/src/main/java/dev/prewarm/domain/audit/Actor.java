package dev.prewarm.domain.audit;

import java.util.Objects;

/** Who made a change: the door and the name behind it (a username or an AccessKeyId). */
public record Actor(ActorKind kind, String name) {
    public static final int MAX_NAME = 64;

    public Actor {
        Objects.requireNonNull(kind, "kind");
        if (name == null || name.isBlank() || name.length() > MAX_NAME) {
            throw new IllegalArgumentException(
                    "an actor name must be 1 to " + MAX_NAME + " characters, got '" + name + "'");
        }
    }
}
