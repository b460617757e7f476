package dev.prewarm.domain.account;

import dev.prewarm.domain.error.InvalidParameterException;

/** An account (tenant), the {@code AliUid} of the contract: a numeric string of 1–20 digits. */
public record AccountId(String value) {
    public AccountId {
        if (value == null
                || value.isEmpty()
                || value.length() > 20
                || !value.chars().allMatch(Character::isDigit)
                || !value.chars().allMatch(c -> c < 128)) {
            throw new InvalidParameterException("AliUid", "must be 1 to 20 digits, got '" + value + "'");
        }
    }

    public static AccountId of(String value) {
        return new AccountId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
