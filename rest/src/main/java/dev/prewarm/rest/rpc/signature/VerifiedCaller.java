package dev.prewarm.rest.rpc.signature;

import dev.prewarm.domain.account.AccessKeyId;
import dev.prewarm.domain.account.AccountId;
import java.util.Objects;

/** Who signed a verified request: the account comes from the key, never from a parameter. */
public record VerifiedCaller(AccountId account, AccessKeyId accessKeyId) {
    public VerifiedCaller {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(accessKeyId, "accessKeyId");
    }
}
