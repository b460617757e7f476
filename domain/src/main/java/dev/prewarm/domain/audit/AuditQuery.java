package dev.prewarm.domain.audit;

import dev.prewarm.domain.account.AccountId;
import dev.prewarm.domain.error.InvalidParameterException;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Which events a viewer reads: those of one account, plus the installation-wide ones when the
 * viewer is an operator; optionally only actions starting with a prefix ({@code plan} or
 * {@code plan.stop}) and only one actor name. Filters are checked here, so a bad one is refused
 * with its reason instead of silently matching nothing.
 */
public record AuditQuery(AccountId account, boolean withInstallationWide, String actionPrefix, String actor) {
    private static final Pattern ACTION = Pattern.compile("[a-z][A-Za-z.-]{0,63}");
    private static final Pattern ACTOR = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    public AuditQuery {
        Objects.requireNonNull(account, "account");
        actionPrefix = blankToNull(actionPrefix);
        actor = blankToNull(actor);
        if (actionPrefix != null && !ACTION.matcher(actionPrefix).matches()) {
            throw new InvalidParameterException(
                    "Action",
                    "an action starts with a lower-case letter and holds only letters, '.' and '-', such as"
                            + " plan.stop, got '" + actionPrefix + "'");
        }
        if (actor != null && !ACTOR.matcher(actor).matches()) {
            throw new InvalidParameterException(
                    "Actor",
                    "an actor is a username or an AccessKeyId (letters, digits, '.', '_', '-'), got '" + actor + "'");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
