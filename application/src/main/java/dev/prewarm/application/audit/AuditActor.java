package dev.prewarm.application.audit;

import dev.prewarm.domain.audit.Actor;
import dev.prewarm.domain.audit.ActorKind;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * Who is behind the current request, set by the edge once it has authenticated the caller: the RPC
 * servlet after the signature verified, the admin API filter after the login, the UI from the
 * signed-in user. Empty for anything else, such as the engine's own threads.
 */
@RequestScoped
public class AuditActor {
    private Actor actor;

    public void is(ActorKind kind, String name) {
        actor = new Actor(kind, name);
    }

    public Optional<Actor> current() {
        return Optional.ofNullable(actor);
    }
}
