package dev.prewarm.application.account;

import dev.prewarm.domain.account.AccessKeySecret;
import dev.prewarm.domain.account.SealedSecret;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Seals AccessKey secrets with AES-256-GCM. Signatures (HMAC) need the plain secret, so a hash
 * would not do; encryption keeps a stolen database useless without the master key. The key comes
 * from {@code PREWARM_MASTER_KEY} (base64, 32 bytes; required when several instances share a
 * database) or else from {@code <data dir>/master.key}, created on first use.
 */
@ApplicationScoped
public class SecretSealer {
    private static final String PREFIX = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecureRandom random = new SecureRandom();
    private SecretKey key;

    @Inject
    @ConfigProperty(name = "prewarm.master-key")
    Optional<String> configuredKey;

    @Inject
    @ConfigProperty(name = "prewarm.data.dir", defaultValue = "./data")
    String dataDir;

    protected SecretSealer() {
        // for CDI
    }

    /** For tests: a sealer with a fixed key. */
    public SecretSealer(byte[] keyBytes) {
        this.key = new SecretKeySpec(keyBytes.clone(), "AES");
    }

    public SealedSecret seal(AccessKeySecret secret) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(secret.value().getBytes(StandardCharsets.US_ASCII));
            Base64.Encoder b64 = Base64.getEncoder();
            return new SealedSecret(PREFIX + b64.encodeToString(nonce) + ":" + b64.encodeToString(sealed));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is unavailable", e);
        }
    }

    public AccessKeySecret open(SealedSecret sealed) {
        String[] parts = sealed.value().split(":");
        if (parts.length != 3 || !sealed.value().startsWith(PREFIX)) {
            throw new IllegalStateException("A stored secret has an unknown format");
        }
        try {
            Base64.Decoder b64 = Base64.getDecoder();
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, b64.decode(parts[1])));
            return new AccessKeySecret(new String(cipher.doFinal(b64.decode(parts[2])), StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A stored secret cannot be opened: wrong master key?", e);
        }
    }

    private synchronized SecretKey key() {
        if (key == null) {
            byte[] bytes = configuredKey
                    .filter(k -> !k.isBlank())
                    .map(k -> Base64.getDecoder().decode(k.strip()))
                    .orElseGet(this::keyFromDataDir);
            if (bytes.length != 32) {
                throw new IllegalStateException("The master key must be 32 bytes (base64), got " + bytes.length);
            }
            key = new SecretKeySpec(bytes, "AES");
        }
        return key;
    }

    private byte[] keyFromDataDir() {
        Path file = Path.of(dataDir, "master.key");
        try {
            if (!Files.exists(file)) {
                byte[] fresh = new byte[32];
                random.nextBytes(fresh);
                Files.createDirectories(file.getParent());
                Files.writeString(file, Base64.getEncoder().encodeToString(fresh), StandardOpenOption.CREATE_NEW);
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
            return Base64.getDecoder().decode(Files.readString(file).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the master key " + file, e);
        }
    }
}
