package dev.prewarm.application.audit;

import dev.prewarm.application.account.AccessKeys.IssuedAccessKey;
import dev.prewarm.domain.account.AccessKey;
import dev.prewarm.domain.account.AccessKeyId;
import dev.prewarm.domain.account.Account;
import dev.prewarm.domain.account.AccountId;
import dev.prewarm.domain.job.JobId;
import dev.prewarm.domain.job.PreloadJob;
import dev.prewarm.domain.plan.Plan;
import dev.prewarm.domain.plan.PlanCreation;
import dev.prewarm.domain.plan.PlanId;
import dev.prewarm.domain.site.Site;
import dev.prewarm.domain.site.SiteId;
import dev.prewarm.domain.task.TaskId;
import dev.prewarm.domain.user.User;
import dev.prewarm.domain.user.Username;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * What an audited call was about, read from its parameters and result by the conventions of the
 * use cases: the account is the first {@link AccountId} parameter (or the result's account), the
 * object is the id of what the call returned or else its first id parameter, and the detail lists
 * the other simple parameters by name. Plain strings are never shown: a password or a URL list is
 * one; value objects such as a site name are shown.
 */
final class AuditedCall {
    private static final int DETAIL_PARTS = 8;

    private final Method method;
    private final Object[] arguments;
    private final Object result;

    AuditedCall(Method method, Object[] arguments, Object result) {
        this.method = method;
        this.arguments = arguments == null ? new Object[0] : arguments;
        this.result = result;
    }

    String defaultAction() {
        String type = method.getDeclaringClass().getSimpleName().toLowerCase(Locale.ROOT);
        return type + "." + method.getName();
    }

    Optional<AccountId> account() {
        for (Object argument : arguments) {
            Object value = argument instanceof Optional<?> o ? o.orElse(null) : argument;
            if (value instanceof AccountId id) {
                return Optional.of(id);
            }
        }
        return switch (result) {
            case Account a -> Optional.of(a.id());
            case User u -> u.accountId();
            case null, default -> Optional.empty();
        };
    }

    String objectId() {
        return idOf(result).or(this::firstIdArgument).orElse("");
    }

    String detail() {
        StringJoiner detail = new StringJoiner(", ");
        Parameter[] parameters = method.getParameters();
        String object = objectId();
        int parts = 0;
        for (int i = 0; i < arguments.length && parts < DETAIL_PARTS; i++) {
            Object value = arguments[i] instanceof Optional<?> o ? o.orElse(null) : arguments[i];
            if (value instanceof AccountId || idOf(value).map(object::equals).orElse(false)) {
                continue;
            }
            Optional<String> shown = simple(value);
            if (shown.isPresent()) {
                detail.add(parameters[i].getName() + "=" + shown.get());
                parts++;
            }
        }
        return detail.toString();
    }

    private Optional<String> firstIdArgument() {
        for (Object argument : arguments) {
            Optional<String> id = idOf(argument);
            if (id.isPresent()) {
                return id;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> idOf(Object value) {
        return Optional.ofNullable(
                switch (value) {
                    case SiteId id -> id.toString();
                    case PlanId id -> id.value();
                    case JobId id -> id.value();
                    case TaskId id -> id.value();
                    case AccessKeyId id -> id.value();
                    case Username name -> name.value();
                    case Site site -> site.id().toString();
                    case PreloadJob job -> job.id().value();
                    case Plan plan -> plan.id().value();
                    case PlanCreation creation -> ids(creation.created());
                    case AccessKey key -> key.id().value();
                    case IssuedAccessKey issued -> issued.key().id().value();
                    case Account account -> account.id().value();
                    case User user -> user.username().value();
                    case null, default -> null;
                });
    }

    private static String ids(List<Plan> plans) {
        return plans.isEmpty()
                ? null
                : String.join(" ", plans.stream().map(p -> p.id().value()).toList());
    }

    /** A short text for values that are safe and small to show; empty for everything else. */
    private static Optional<String> simple(Object value) {
        if (value != null && isSecret(value.getClass())) {
            return Optional.empty();
        }
        return switch (value) {
            case null -> Optional.empty();
            case Boolean b -> Optional.of(b.toString());
            case Number n -> Optional.of(n.toString());
            case Enum<?> e -> Optional.of(e.name().toLowerCase(Locale.ROOT));
            case Instant t -> Optional.of(t.toString());
            case Duration d -> Optional.of(d.toString());
            case Collection<?> c -> Optional.of(c.size() + " item(s)");
            case Record r -> record(r);
            default -> Optional.empty();
        };
    }

    /** Belt and braces: whatever a future use case passes, a secret never reaches the log. */
    private static boolean isSecret(Class<?> type) {
        String name = type.getSimpleName().toLowerCase(Locale.ROOT);
        return name.contains("secret") || name.contains("password") || name.contains("sealed");
    }

    /** A value object shows its value; a record of several values its non-empty simple ones. */
    private static Optional<String> record(Record record) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        List<String> parts = new ArrayList<>();
        for (RecordComponent component : components) {
            Object value;
            try {
                value = component.getAccessor().invoke(record);
            } catch (ReflectiveOperationException | RuntimeException unreadable) {
                continue;
            }
            if (value instanceof Optional<?> o) {
                value = o.orElse(null);
            }
            if (components.length == 1 && value instanceof String text) {
                return Optional.of(text);
            }
            Optional<String> shown = value instanceof Record ? Optional.empty() : simple(value);
            if (value instanceof Record inner && inner.getClass().getRecordComponents().length == 1) {
                shown = record(inner);
            }
            shown.ifPresent(text -> parts.add(components.length == 1 ? text : component.getName() + "=" + text));
        }
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(components.length == 1 ? parts.getFirst() : "{" + String.join(", ", parts) + "}");
    }
}
