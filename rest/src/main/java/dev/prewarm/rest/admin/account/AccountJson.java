package dev.prewarm.rest.admin.account;

import dev.prewarm.domain.account.Account;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * An account as the admin API shows it. Times here and in the other admin records are cut to
 * milliseconds: the database keeps microseconds, so the clock's nanoseconds would make the answer
 * to a create differ from every later read.
 */
public record AccountJson(String id, String name, boolean enabled, Instant createdAt) {
    public static AccountJson from(Account account) {
        return new AccountJson(
                account.id().value(),
                account.name(),
                account.isEnabled(),
                account.createdAt().truncatedTo(ChronoUnit.MILLIS));
    }
}
