package dev.prewarm.domain.idempotency;

import dev.prewarm.domain.account.AccountId;
import java.util.Objects;

/** What a ClientToken is unique within: the account and the action it was sent with. */
public record IdempotencyKey(AccountId account, String action, ClientToken token) {
    public static final int MAX_ACTION_LENGTH = 64;

    public IdempotencyKey {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(token, "token");
        if (action == null || action.isEmpty() || action.length() > MAX_ACTION_LENGTH) {
            throw new IllegalArgumentException("an action name has 1 to " + MAX_ACTION_LENGTH + " characters");
        }
    }
}
