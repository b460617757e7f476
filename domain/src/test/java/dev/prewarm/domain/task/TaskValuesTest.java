package dev.prewarm.domain.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.prewarm.domain.error.EndTimeBeforeStartException;
import dev.prewarm.domain.error.InvalidObjectIdException;
import dev.prewarm.domain.error.InvalidParameterException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TaskValuesTest {
    @Test
    void aTaskIdIs24LowercaseHex() {
        assertThat(TaskId.random(new Random(1)).value()).matches("[0-9a-f]{24}");
        assertThatThrownBy(() -> TaskId.of("12345")).isInstanceOf(InvalidObjectIdException.class);
        assertThatThrownBy(() -> TaskId.of("ABCDEF0123456789ABCDEF01")).isInstanceOf(InvalidObjectIdException.class);
    }

    @Test
    void statusesUseTheExactWireNames() {
        assertThat(TaskStatus.fromWire("Complete")).isEqualTo(TaskStatus.COMPLETE);
        assertThat(TaskStatus.fromWire("Refreshing")).isEqualTo(TaskStatus.REFRESHING);
        assertThat(TaskStatus.fromWire("Failed")).isEqualTo(TaskStatus.FAILED);
        assertThatThrownBy(() -> TaskStatus.fromWire("complete"))
                .isInstanceOf(InvalidParameterException.class)
                .extracting(e -> ((InvalidParameterException) e).code())
                .isEqualTo("InvalidParameter.Status");
    }

    @Test
    void headersKeepTheirOrder() {
        Map<String, String> given = new LinkedHashMap<>();
        given.put("X-B", "2");
        given.put("Accept-Encoding", "br");
        given.put("X-A", "1");

        assertThat(TaskHeaders.of(given).values().keySet()).containsExactly("X-B", "Accept-Encoding", "X-A");
        assertThat(TaskHeaders.of(null).isEmpty()).isTrue();
    }

    @Test
    void headersTheClientSetsItselfOrMalformedOnesAreRefused() {
        assertHeadersRefused(Map.of("Host", "evil.org"), "the header 'Host' cannot be set");
        assertHeadersRefused(Map.of("content-length", "1"), "cannot be set");
        assertHeadersRefused(Map.of("Bad Name", "x"), "'Bad Name' is not a valid header name");
        assertHeadersRefused(Map.of("X-Inject", "a\r\nHost: evil"), "without CR/LF");
        Map<String, String> twice = new LinkedHashMap<>();
        twice.put("Accept", "a");
        twice.put("accept", "b");
        assertHeadersRefused(twice, "'accept' is given more than once");
        Map<String, String> many = IntStream.range(0, 33)
                .boxed()
                .collect(Collectors.toMap(i -> "X-" + i, i -> "v", (a, b) -> a, LinkedHashMap::new));
        assertHeadersRefused(many, "at most 32 headers");
        assertHeadersRefused(Map.of("X-A", "a".repeat(5000), "X-B", "b".repeat(5000)), "at most 8192 characters");
    }

    private static void assertHeadersRefused(Map<String, String> headers, String why) {
        assertThatThrownBy(() -> TaskHeaders.of(headers))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining(why)
                .extracting(e -> ((InvalidParameterException) e).code())
                .isEqualTo("InvalidParameter.Headers");
    }

    @Test
    void aFilterWindowEndingBeforeItStartsIsRefused() {
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        assertThatThrownBy(() -> new TaskFilter(null, null, null, t, t.minusSeconds(1)))
                .isInstanceOf(EndTimeBeforeStartException.class);
        assertThat(new TaskFilter(null, null, null, t, t).from()).isEqualTo(t);
    }
}
