package dev.prewarm.domain.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OutcomeClassifierTest {

    @ParameterizedTest(name = "{0} {1} \"{2}\" -> {3}")
    @CsvSource(
            delimiter = '|',
            value = {
                "200 | MISS        | max-age=60          | WARMED",
                "200 | NONE        | ''                  | WARMED",
                "200 | EXPIRED     | ''                  | WARMED",
                "206 | STALE       | ''                  | WARMED",
                "200 | HIT         | ''                  | CACHED",
                "200 | HIT         | private             | CACHED",
                "200 | MISS        | 'public, no-store'  | UNCACHEABLE",
                "200 | NONE        | Private, max-age=0  | UNCACHEABLE",
                "200 | BYPASS      | ''                  | UNCACHEABLE",
                "200 | DYNAMIC     | ''                  | UNCACHEABLE",
                "301 | NONE        | ''                  | REDIRECT",
                "404 | MISS        | ''                  | CLIENT_ERROR",
                "503 | MISS        | ''                  | SERVER_ERROR"
            })
    void classifies_a_final_response(int status, CacheStatus cache, String cacheControl, FetchOutcome expected) {
        assertThat(OutcomeClassifier.classify(status, cache, cacheControl)).isEqualTo(expected);
    }

    @Test
    void outcomes_have_lower_case_wire_names_and_only_2xx_ones_succeed() {
        assertThat(FetchOutcome.NETWORK_ERROR.wireName()).isEqualTo("network_error");
        assertThat(FetchOutcome.fromWire("too_large")).isEqualTo(FetchOutcome.TOO_LARGE);
        assertThat(Arrays.stream(FetchOutcome.values()).filter(FetchOutcome::isSuccess))
                .containsExactly(FetchOutcome.WARMED, FetchOutcome.CACHED, FetchOutcome.UNCACHEABLE);
    }
}
