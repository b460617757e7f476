package dev.prewarm.domain.account;

import dev.prewarm.domain.error.InvalidParameterException;
import java.time.Instant;
import java.util.Objects;

/** A tenant: every site, job, plan and AccessKey belongs to exactly one account. */
public class Account {
    private AccountId id;
    private String name;
    private boolean enabled;
    private Instant createdAt;
    // Optimistic locking, owned by persistence.
    private long version;

    /** For JPA. */
    protected Account() {}

    private Account(AccountId id, String name, Instant createdAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.name = requireValidName(name);
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.enabled = true;
    }

    public static Account open(AccountId id, String name, Instant createdAt) {
        return new Account(id, name, createdAt);
    }

    public void rename(String newName) {
        name = requireValidName(newName);
    }

    /** A disabled account keeps its data but its keys and users are refused. */
    public void disable() {
        enabled = false;
    }

    public void enable() {
        enabled = true;
    }

    public AccountId id() {
        return id;
    }

    public String name() {
        return name;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }

    private static String requireValidName(String name) {
        if (name == null
                || name.isBlank()
                || name.strip().length() > 128
                || name.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidParameterException(
                    "Name", "an account name must be 1 to 128 characters, got '" + name + "'");
        }
        return name.strip();
    }
}
