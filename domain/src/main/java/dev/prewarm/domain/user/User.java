package dev.prewarm.domain.user;

import dev.prewarm.domain.account.AccountId;
import dev.prewarm.domain.error.InvalidParameterException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A person who signs in to the admin UI or the admin API. The password arrives already hashed
 * (PBKDF2, by the platform), so the domain never sees a clear-text password.
 */
public class User {
    private Username username;
    private String passwordHash;
    private Role role;
    private AccountId accountId;
    private boolean enabled;
    private Instant createdAt;
    private long version;

    protected User() {
        // for JPA
    }

    private User(Username username, String passwordHash, Role role, AccountId accountId, Instant createdAt) {
        this.username = Objects.requireNonNull(username);
        this.passwordHash = requireHash(passwordHash);
        this.role = Objects.requireNonNull(role);
        this.accountId = accountId;
        this.enabled = true;
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    /** An operator of the installation; not tied to an account. */
    public static User admin(Username username, String passwordHash, Instant createdAt) {
        return new User(username, passwordHash, Role.ADMIN, null, createdAt);
    }

    /** A member of exactly one account. */
    public static User member(Username username, String passwordHash, AccountId accountId, Instant createdAt) {
        return new User(username, passwordHash, Role.USER, Objects.requireNonNull(accountId), createdAt);
    }

    private static String requireHash(String hash) {
        if (hash == null || hash.isBlank()) {
            throw new InvalidParameterException("Password", "the password hash is empty");
        }
        return hash;
    }

    public void changePasswordHash(String newHash) {
        this.passwordHash = requireHash(newHash);
    }

    public void disable() {
        this.enabled = false;
    }

    public void enable() {
        this.enabled = true;
    }

    public Username username() {
        return username;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Role role() {
        return role;
    }

    public Optional<AccountId> accountId() {
        return Optional.ofNullable(accountId);
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
