package dev.prewarm.domain.audit;

import dev.prewarm.domain.error.InvalidParameterException;

/** Through which door a change came in. */
public enum ActorKind {
    /** A signed-in user of the admin UI; the actor name is the username. */
    UI("ui"),
    /** A signed call to the ESA-compatible API; the actor name is the AccessKeyId. */
    RPC("rpc"),
    /** An operator on the admin REST API; the actor name is the username. */
    REST_ADMIN("rest-admin");

    private final String wireName;

    ActorKind(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static ActorKind fromWire(String name) {
        for (ActorKind kind : values()) {
            if (kind.wireName.equals(name)) {
                return kind;
            }
        }
        throw new InvalidParameterException("ActorKind", "must be ui, rpc or rest-admin, got '" + name + "'");
    }
}
