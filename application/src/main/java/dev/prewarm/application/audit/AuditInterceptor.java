package dev.prewarm.application.audit;

import dev.prewarm.domain.audit.Actor;
import dev.prewarm.domain.audit.AuditEvent;
import dev.prewarm.domain.audit.AuditLog;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.time.Clock;
import java.util.Optional;

/**
 * Writes the event of an {@link Audited} method after it returned. Its priority is higher than
 * {@code @Transactional}'s, so it runs inside the transaction: the event commits with the change,
 * and a method that throws (or a commit that fails) leaves no event.
 */
@Audited
@Interceptor
@Priority(Interceptor.Priority.APPLICATION + 100)
public class AuditInterceptor {
    @Inject
    AuditActor actor;

    @Inject
    AuditLog log;

    @Inject
    Clock clock;

    @AroundInvoke
    public Object audit(InvocationContext invocation) throws Exception {
        Object result = invocation.proceed();
        Optional<Actor> who = currentActor();
        if (who.isPresent()) {
            Audited audited = invocation.getMethod().getAnnotation(Audited.class);
            AuditedCall call = new AuditedCall(invocation.getMethod(), invocation.getParameters(), result);
            log.record(new AuditEvent(
                    clock.instant(),
                    who.get(),
                    call.account().orElse(null),
                    audited == null || audited.value().isBlank() ? call.defaultAction() : audited.value(),
                    call.objectId(),
                    call.detail()));
        }
        return result;
    }

    /** No request (an engine thread) or a request no edge claimed: not a change to audit. */
    private Optional<Actor> currentActor() {
        try {
            return actor.current();
        } catch (ContextNotActiveException noRequest) {
            return Optional.empty();
        }
    }
}
