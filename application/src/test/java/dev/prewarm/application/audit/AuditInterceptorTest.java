package dev.prewarm.application.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.prewarm.domain.account.AccountId;
import dev.prewarm.domain.audit.Actor;
import dev.prewarm.domain.audit.ActorKind;
import dev.prewarm.domain.audit.AuditEvent;
import dev.prewarm.domain.audit.AuditLog;
import dev.prewarm.domain.audit.AuditQuery;
import dev.prewarm.domain.plan.PlanId;
import dev.prewarm.domain.user.User;
import dev.prewarm.domain.user.Username;
import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AuditInterceptorTest {
    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
    private static final AccountId ALICE = AccountId.of("1001");
    private static final PlanId PLAN = PlanId.of("665d0e3c9f1a2b3c4d5e6f70");

    private final List<AuditEvent> recorded = new ArrayList<>();
    private final AuditInterceptor interceptor = new AuditInterceptor();

    @BeforeEach
    void wire() {
        interceptor.actor = new AuditActor();
        interceptor.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        interceptor.log = new AuditLog() {
            @Override
            public void record(AuditEvent event) {
                recorded.add(event);
            }

            @Override
            public long count(AuditQuery query) {
                return recorded.size();
            }

            @Override
            public List<AuditEvent> page(AuditQuery query, long offset, int limit) {
                return recorded;
            }
        };
    }

    @Test
    void aSignedCallThatStopsAPlanIsRecordedWithTheKeyTheAccountAndThePlan() throws Exception {
        interceptor.actor.is(ActorKind.RPC, "LTAIabc");

        call("stop", new Object[] {ALICE, PLAN}, () -> null);

        assertThat(recorded)
                .containsExactly(
                        new AuditEvent(NOW, new Actor(ActorKind.RPC, "LTAIabc"), ALICE, "plan.stop", PLAN.value(), ""));
    }

    @Test
    void aNewMemberIsRecordedInTheirAccountWithoutThePassword() throws Exception {
        interceptor.actor.is(ActorKind.UI, "admin");
        Username carol = Username.of("carol");
        User added = User.member(carol, "hash", ALICE, NOW);

        call("add", new Object[] {carol, "secret password 1", Optional.of(ALICE)}, () -> added);

        AuditEvent event = recorded.getFirst();
        assertThat(event.account()).contains(ALICE);
        assertThat(event.objectId()).isEqualTo("carol");
        assertThat(event.detail()).doesNotContain("secret password 1");
    }

    @Test
    void theDetailNamesTheOtherSimpleParameters() throws Exception {
        interceptor.actor.is(ActorKind.REST_ADMIN, "admin");
        Username bob = Username.of("bob-operator");

        call("setEnabled", new Object[] {Username.of("admin"), bob, false}, () -> User.admin(bob, "hash", NOW));

        AuditEvent event = recorded.getFirst();
        assertThat(event.account()).isEmpty();
        assertThat(event.objectId()).isEqualTo("bob-operator");
        assertThat(event.detail()).isEqualTo("actor=admin, enabled=false");
    }

    @Test
    void aChangeThatFailsLeavesNoEvent() {
        interceptor.actor.is(ActorKind.UI, "admin");

        assertThatThrownBy(() -> call("stop", new Object[] {ALICE, PLAN}, () -> {
                    throw new IllegalStateException("refused");
                }))
                .hasMessage("refused");
        assertThat(recorded).isEmpty();
    }

    @Test
    void aChangeWithoutAnActorIsNotAudited() throws Exception {
        call("stop", new Object[] {ALICE, PLAN}, () -> null);

        assertThat(recorded).isEmpty();
    }

    private Object call(String name, Object[] arguments, Callable<Object> body) throws Exception {
        Method target = Arrays.stream(UseCases.class.getDeclaredMethods())
                .filter(m -> m.getName().equals(name))
                .findFirst()
                .orElseThrow();
        InvocationContext invocation = (InvocationContext) Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {InvocationContext.class},
                (proxy, m, args) -> switch (m.getName()) {
                    case "getMethod" -> target;
                    case "getParameters" -> arguments;
                    case "proceed" -> body.call();
                    default -> throw new UnsupportedOperationException(m.getName());
                });
        return interceptor.audit(invocation);
    }

    /** Signatures shaped like the audited use cases (parameter names need -parameters, as the build sets). */
    @SuppressWarnings("unused")
    private static final class UseCases {
        @Audited("plan.stop")
        void stop(AccountId owner, PlanId id) {}

        @Audited("user.add")
        User add(Username username, String password, Optional<AccountId> account) {
            return null;
        }

        @Audited("user.setEnabled")
        User setEnabled(Username actor, Username username, boolean enabled) {
            return null;
        }
    }
}
