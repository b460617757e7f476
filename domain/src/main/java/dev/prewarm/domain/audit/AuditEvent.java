package dev.prewarm.domain.audit;

import dev.prewarm.domain.account.AccountId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One change: when, by whom, in which account (none for an installation-wide change such as a
 * new operator), what ({@code plan.stop}), on which object, and a short detail. Over-long texts
 * are cut rather than refused: a change that succeeded is never undone for its log line.
 */
public record AuditEvent(
        Instant at, Actor actor, AccountId accountOrNull, String action, String objectId, String detail) {
    public static final int MAX_ACTION = 64;
    public static final int MAX_OBJECT_ID = 128;
    public static final int MAX_DETAIL = 512;

    public AuditEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        if (action == null || action.isBlank() || action.length() > MAX_ACTION) {
            throw new IllegalArgumentException("an audit action must be 1 to " + MAX_ACTION + " characters");
        }
        objectId = clip(objectId, MAX_OBJECT_ID);
        detail = clip(detail, MAX_DETAIL);
    }

    public Optional<AccountId> account() {
        return Optional.ofNullable(accountOrNull);
    }

    private static String clip(String text, int max) {
        String value = text == null ? "" : text.strip();
        return value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }
}
