package dev.prewarm.rest.rpc.signature;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The hashes and MACs of both signature versions, and the one way signatures are compared. */
final class SignatureDigests {
    private static final HexFormat HEX = HexFormat.of();

    private SignatureDigests() {}

    static String sha256Hex(byte[] data) {
        try {
            return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    static String hmacSha256Hex(String secret, String text) {
        return HEX.formatHex(hmac("HmacSHA256", secret, text));
    }

    static String hmacSha1Base64(String secret, String text) {
        return Base64.getEncoder().encodeToString(hmac("HmacSHA1", secret, text));
    }

    /**
     * Constant time for texts of equal length, so the response time does not tell an attacker how
     * many leading characters of a forged signature were right.
     */
    static boolean same(String expected, String given) {
        return given != null
                && MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] hmac(String algorithm, String secret, String text) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), algorithm));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has " + algorithm, e);
        }
    }
}
