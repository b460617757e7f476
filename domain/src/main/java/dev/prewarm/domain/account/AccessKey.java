package dev.prewarm.domain.account;

import dev.prewarm.domain.error.ErrorCode;
import dev.prewarm.domain.error.PermissionDeniedException;
import dev.prewarm.domain.error.RequestRejectedException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** An AccessKey pair of an account: the id, the sealed secret, whether it is enabled and when it was last used. */
public class AccessKey {
    private AccessKeyId id;
    private AccountId owner;
    private SealedSecret secret;
    private AccessKeyStatus status;
    private Instant createdAt;
    private Instant lastUsedAt;
    // Optimistic locking, owned by persistence.
    private long version;

    /** For JPA. */
    protected AccessKey() {}

    private AccessKey(AccessKeyId id, AccountId owner, SealedSecret secret, Instant createdAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.owner = Objects.requireNonNull(owner, "owner");
        this.secret = Objects.requireNonNull(secret, "secret");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.status = AccessKeyStatus.ENABLED;
    }

    public static AccessKey issue(AccessKeyId id, AccountId owner, SealedSecret secret, Instant createdAt) {
        return new AccessKey(id, owner, secret, createdAt);
    }

    public void disable() {
        status = AccessKeyStatus.DISABLED;
    }

    public void enable() {
        status = AccessKeyStatus.ENABLED;
    }

    /** Only moves forward: requests verified out of order on several instances must not move it back. */
    public void recordUse(Instant usedAt) {
        Objects.requireNonNull(usedAt, "usedAt");
        if (lastUsedAt == null || usedAt.isAfter(lastUsedAt)) {
            lastUsedAt = usedAt;
        }
    }

    /** @throws RequestRejectedException {@code InvalidAccessKeyId.Inactive} when the key is disabled */
    public void ensureEnabled() {
        if (status != AccessKeyStatus.ENABLED) {
            throw new RequestRejectedException(ErrorCode.ACCESS_KEY_INACTIVE);
        }
    }

    public void ensureOwnedBy(AccountId account) {
        if (!owner.equals(account)) {
            throw new PermissionDeniedException(id.value());
        }
    }

    public boolean isEnabled() {
        return status == AccessKeyStatus.ENABLED;
    }

    public AccessKeyId id() {
        return id;
    }

    public AccountId owner() {
        return owner;
    }

    public SealedSecret secret() {
        return secret;
    }

    public AccessKeyStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> lastUsedAt() {
        return Optional.ofNullable(lastUsedAt);
    }

    public long version() {
        return version;
    }
}
