package dev.prewarm.application.account;

import dev.prewarm.application.audit.Audited;
import dev.prewarm.domain.account.AccessKey;
import dev.prewarm.domain.account.AccessKeyId;
import dev.prewarm.domain.account.AccessKeyRepository;
import dev.prewarm.domain.account.AccessKeySecret;
import dev.prewarm.domain.account.AccountId;
import dev.prewarm.domain.account.AccountRepository;
import dev.prewarm.domain.error.InvalidParameterException;
import dev.prewarm.domain.error.NotFoundException;
import dev.prewarm.domain.error.PrewarmException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** AccessKey pairs of an account: issue (secret shown once), disable, enable, delete, verify. */
@ApplicationScoped
@Transactional
public class AccessKeys {
    private static final Duration USE_GRANULARITY = Duration.ofMinutes(1);
    private static final String UNKNOWN_KEY_SECRET = "x".repeat(AccessKeySecret.LENGTH);
    private final SecureRandom random = new SecureRandom();

    @Inject
    AccessKeyRepository keys;

    @Inject
    AccountRepository accounts;

    @Inject
    SecretSealer sealer;

    @Inject
    Clock clock;

    /** A new pair; the returned secret is the only time it is ever shown. */
    @Audited("key.issue")
    public IssuedAccessKey issue(AccountId owner) {
        requireAccount(owner);
        AccessKeySecret secret = AccessKeySecret.generate(random);
        AccessKey key = AccessKey.issue(AccessKeyId.random(random), owner, sealer.seal(secret), clock.instant());
        keys.add(key);
        return new IssuedAccessKey(key, secret);
    }

    /** The account's keys; an unknown account is an error rather than an empty list. */
    public List<AccessKey> list(AccountId owner) {
        requireAccount(owner);
        return keys.list(owner);
    }

    @Audited("key.disable")
    public AccessKey disable(AccountId owner, AccessKeyId id) {
        AccessKey key = owned(owner, id);
        key.disable();
        return key;
    }

    @Audited("key.enable")
    public AccessKey enable(AccountId owner, AccessKeyId id) {
        AccessKey key = owned(owner, id);
        key.enable();
        return key;
    }

    @Audited("key.delete")
    public void delete(AccountId owner, AccessKeyId id) {
        keys.remove(owned(owner, id));
    }

    /**
     * Records that a verified request used the key. At most one write a minute per key keeps the
     * hot path cheap; "last used" is shown to the minute anyway.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void noteUse(AccessKeyId id) {
        Instant now = clock.instant();
        keys.findForSignature(id)
                .filter(key -> key.lastUsedAt()
                        .map(last -> last.isBefore(now.minus(USE_GRANULARITY)))
                        .orElse(true))
                .ifPresent(key -> key.recordUse(now));
    }

    /**
     * The account of an enabled key whose secret matches (HTTP Basic on the tenant REST API);
     * empty for an unknown id, a wrong secret or a disabled key alike.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<AccountId> authenticate(String accessKeyId, String secret) {
        Optional<VerifiableKey> key;
        try {
            key = forSignature(AccessKeyId.of(accessKeyId));
        } catch (PrewarmException notAnId) {
            key = Optional.empty();
        }
        byte[] given = secret.getBytes(StandardCharsets.UTF_8);
        byte[] expected =
                key.map(k -> k.secret().value()).orElse(UNKNOWN_KEY_SECRET).getBytes(StandardCharsets.UTF_8);
        boolean matches = MessageDigest.isEqual(given, expected); // compared even for unknown keys: same timing
        return key.filter(k -> matches && k.key().isEnabled()).map(k -> k.key().owner());
    }

    /** The key and its opened secret, for verifying a request signature. */
    public Optional<VerifiableKey> forSignature(AccessKeyId id) {
        return keys.findForSignature(id).map(key -> new VerifiableKey(key, sealer.open(key.secret())));
    }

    private void requireAccount(AccountId owner) {
        if (accounts.find(owner).isEmpty()) {
            throw new InvalidParameterException("AliUid", "no account " + owner);
        }
    }

    private AccessKey owned(AccountId owner, AccessKeyId id) {
        AccessKey key = keys.findForSignature(id).orElseThrow(() -> NotFoundException.accessKey(id.value()));
        key.ensureOwnedBy(owner);
        return key;
    }

    public record IssuedAccessKey(AccessKey key, AccessKeySecret secret) {}

    public record VerifiableKey(AccessKey key, AccessKeySecret secret) {}
}
