package dev.prewarm.rest.rpc.signature;

import dev.prewarm.application.account.AccessKeys.VerifiableKey;
import dev.prewarm.domain.account.AccessKeyId;
import dev.prewarm.domain.account.AccountId;
import java.util.Objects;

/**
 * An AccessKey as the verifier needs it. The secret is a plain string rather than an
 * AccessKeySecret so that the SDK's test vectors, signed with {@code testSecret}, can be checked.
 */
public record SigningKey(AccessKeyId id, AccountId owner, boolean enabled, String secret) {
    public SigningKey {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(secret, "secret");
    }

    static SigningKey of(VerifiableKey key) {
        return new SigningKey(
                key.key().id(),
                key.key().owner(),
                key.key().isEnabled(),
                key.secret().value());
    }

    @Override
    public String toString() {
        return "SigningKey[" + id + " of " + owner + (enabled ? "" : ", disabled") + "]";
    }
}
