package dev.prewarm.application.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.prewarm.domain.account.AccessKeySecret;
import dev.prewarm.domain.account.SealedSecret;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SecretSealerTest {
    private static final byte[] KEY = filled(7);
    private final AccessKeySecret secret = AccessKeySecret.generate(new SplittableRandom(1));

    @Test
    void aSealedSecretOpensToTheSameSecretAndDoesNotContainIt() {
        SecretSealer sealer = new SecretSealer(KEY);

        SealedSecret sealed = sealer.seal(secret);

        assertThat(sealed.value()).doesNotContain(secret.value()).startsWith("v1:");
        assertThat(sealer.open(sealed)).isEqualTo(secret);
    }

    @Test
    void sealingTwiceGivesDifferentCiphertexts() {
        SecretSealer sealer = new SecretSealer(KEY);

        assertThat(sealer.seal(secret)).isNotEqualTo(sealer.seal(secret));
    }

    @Test
    void anotherMasterKeyCannotOpenIt() {
        SealedSecret sealed = new SecretSealer(KEY).seal(secret);

        assertThatThrownBy(() -> new SecretSealer(filled(8)).open(sealed))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("wrong master key");
    }

    @Test
    void aTamperedCiphertextIsRefused() {
        SecretSealer sealer = new SecretSealer(KEY);
        String sealed = sealer.seal(secret).value();
        char last = sealed.charAt(sealed.length() - 2);
        String tampered = sealed.substring(0, sealed.length() - 2)
                + (last == 'A' ? 'B' : 'A')
                + sealed.charAt(sealed.length() - 1);

        assertThatThrownBy(() -> sealer.open(new SealedSecret(tampered))).isInstanceOf(IllegalStateException.class);
    }

    private static byte[] filled(int value) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) value);
        return key;
    }
}
