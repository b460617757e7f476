package dev.prewarm.domain.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeSet;

/**
 * SHA-256 (64 hex digits) over the parameters that decide what an action does, so that a reused
 * ClientToken can be told apart from a retry. Only the named parameters count (never the
 * signature, nonce, timestamp or the token itself), in name order, each length-prefixed so no two
 * different sets of values share an encoding. A blank value counts as absent, as for the action.
 */
public record ParameterFingerprint(String hex) {
    public ParameterFingerprint {
        if (hex == null || !hex.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("a parameter fingerprint is 64 lowercase hex digits, got '" + hex + "'");
        }
    }

    public static ParameterFingerprint of(Map<String, String> parameters, Collection<String> meaningful) {
        StringBuilder canonical = new StringBuilder();
        for (String name : new TreeSet<>(meaningful)) {
            String value = parameters.get(name);
            canonical.append(name.length()).append(':').append(name);
            if (value == null || value.isBlank()) {
                canonical.append('-');
            } else {
                canonical.append(value.length()).append(':').append(value);
            }
        }
        return new ParameterFingerprint(HexFormat.of().formatHex(sha256(canonical.toString())));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
