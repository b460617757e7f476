package dev.prewarm.application.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prewarm.domain.account.SignatureNonces;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestNoncesTest {
    private static final Instant NOW = Instant.parse("2026-11-28T12:04:01Z");

    @Test
    void purgingKeepsTheNoncesOfTheLastFifteenMinutesOfSignedTime() {
        InMemoryNonces stored = new InMemoryNonces();
        RequestNonces nonces = requestNonces(stored);
        nonces.firstUse("older", NOW.minusSeconds(15 * 60 + 1));
        nonces.firstUse("window-edge", NOW.minusSeconds(15 * 60));
        nonces.firstUse("future", NOW.plusSeconds(14 * 60));

        assertThat(nonces.purgeExpired()).isEqualTo(1);

        assertThat(stored.seen).containsOnlyKeys("window-edge", "future");
    }

    @Test
    void aNonceIsFirstUsedOnlyOnce() {
        RequestNonces nonces = requestNonces(new InMemoryNonces());

        assertThat(nonces.firstUse("n", NOW)).isTrue();
        assertThat(nonces.firstUse("n", NOW)).isFalse();
    }

    private static RequestNonces requestNonces(SignatureNonces stored) {
        RequestNonces nonces = new RequestNonces();
        nonces.nonces = stored;
        nonces.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        return nonces;
    }

    private static final class InMemoryNonces implements SignatureNonces {
        final Map<String, Instant> seen = new HashMap<>();

        @Override
        public boolean firstUse(String nonce, Instant seenAt) {
            return seen.putIfAbsent(nonce, seenAt) == null;
        }

        @Override
        public int purgeOlderThan(Instant cutoff) {
            int before = seen.size();
            seen.values().removeIf(at -> at.isBefore(cutoff));
            return before - seen.size();
        }
    }
}
