package dev.prewarm.domain.account;

/**
 * A secret as stored: encrypted (or otherwise sealed) outside the domain, opaque here. The domain
 * never sees the key that opens it.
 */
public record SealedSecret(String value) {
    public SealedSecret {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a sealed secret must not be empty");
        }
    }

    @Override
    public String toString() {
        return "SealedSecret[hidden]";
    }
}
