package dev.prewarm.domain.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.prewarm.domain.account.AccountId;
import dev.prewarm.domain.error.RequestRejectedException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParameterFingerprintTest {
    private static final List<String> JOB = List.of("InsertWay", "Name", "SiteId", "UrlList", "OssUrl");

    @Test
    void onlyTheMeaningfulParametersCountInAnyOrder() {
        Map<String, String> first = new HashMap<>(Map.of(
                "Name",
                "launch",
                "SiteId",
                "1",
                "InsertWay",
                "textBox",
                "UrlList",
                "https://a/",
                "SignatureNonce",
                "n1",
                "Timestamp",
                "2026-01-01T00:00:00Z",
                "ClientToken",
                "t"));
        Map<String, String> retry = new HashMap<>(first);
        retry.putAll(Map.of("SignatureNonce", "n2", "Timestamp", "2026-01-01T00:00:05Z"));

        assertThat(ParameterFingerprint.of(retry, List.of("UrlList", "SiteId", "OssUrl", "Name", "InsertWay")))
                .isEqualTo(ParameterFingerprint.of(first, JOB));
    }

    @Test
    void aChangedOrMovedValueChangesTheFingerprint() {
        ParameterFingerprint base = ParameterFingerprint.of(Map.of("Name", "ab", "UrlList", "c"), JOB);
        assertThat(ParameterFingerprint.of(Map.of("Name", "ab", "UrlList", "d"), JOB))
                .isNotEqualTo(base);
        assertThat(ParameterFingerprint.of(Map.of("Name", "a", "UrlList", "bc"), JOB))
                .isNotEqualTo(base);
        assertThat(ParameterFingerprint.of(Map.of("Name", "ab", "OssUrl", "c"), JOB))
                .isNotEqualTo(base);
    }

    @Test
    void aBlankValueCountsAsAbsent() {
        assertThat(ParameterFingerprint.of(Map.of("Name", "a", "OssUrl", " "), JOB))
                .isEqualTo(ParameterFingerprint.of(Map.of("Name", "a"), JOB));
    }

    @Test
    void aStoredResponseReplaysOnlyForTheSameParameters() {
        ParameterFingerprint first = ParameterFingerprint.of(Map.of("Name", "a"), JOB);
        StoredResponse stored = new StoredResponse(first, "{\"Id\":\"x\"}");

        assertThat(stored.replayFor(ParameterFingerprint.of(Map.of("Name", "a"), JOB)))
                .isEqualTo("{\"Id\":\"x\"}");
        assertThatThrownBy(() -> stored.replayFor(ParameterFingerprint.of(Map.of("Name", "b"), JOB)))
                .isInstanceOf(RequestRejectedException.class)
                .hasMessage("The ClientToken was already used with different parameters.");
    }

    @Test
    void tokensAreOneToSixtyFourVisibleAsciiCharacters() {
        assertThat(ClientToken.of("x".repeat(64)).value()).hasSize(64);
        assertThatThrownBy(() -> ClientToken.of("x".repeat(65))).hasMessageContaining("ClientToken");
        assertThatThrownBy(() -> ClientToken.of("a b")).hasMessageContaining("'a b'");
        assertThatThrownBy(() -> new IdempotencyKey(AccountId.of("1234567890123456"), "", ClientToken.of("t")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
