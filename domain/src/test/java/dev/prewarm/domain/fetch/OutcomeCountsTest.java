package dev.prewarm.domain.fetch;

import static dev.prewarm.domain.fetch.FetchOutcome.CACHED;
import static dev.prewarm.domain.fetch.FetchOutcome.CLIENT_ERROR;
import static dev.prewarm.domain.fetch.FetchOutcome.NETWORK_ERROR;
import static dev.prewarm.domain.fetch.FetchOutcome.TIMEOUT;
import static dev.prewarm.domain.fetch.FetchOutcome.UNCACHEABLE;
import static dev.prewarm.domain.fetch.FetchOutcome.WARMED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OutcomeCountsTest {
    @Test
    void counts_split_into_succeeded_and_failed_and_round_trip_through_their_wire_text() {
        OutcomeCounts counts = OutcomeCounts.tally(List.of(WARMED, CLIENT_ERROR, WARMED, CACHED, TIMEOUT));

        assertThat(counts.count(WARMED)).isEqualTo(2);
        assertThat(counts.succeeded()).isEqualTo(3);
        assertThat(counts.failed()).isEqualTo(2);
        assertThat(counts.wire()).isEqualTo("warmed:2,cached:1,client_error:1,timeout:1");
        assertThat(OutcomeCounts.parse(counts.wire())).isEqualTo(counts);
    }

    @Test
    void blank_text_is_no_counts_and_zero_counts_are_left_out() {
        assertThat(OutcomeCounts.parse(null)).isEqualTo(OutcomeCounts.none());
        assertThat(OutcomeCounts.parse(" ").total()).isZero();
        assertThat(OutcomeCounts.of(Map.of(WARMED, 0L, CACHED, 4L)).wire()).isEqualTo("cached:4");
    }

    @Test
    void malformed_text_and_negative_counts_are_refused_with_the_bad_value() {
        assertThatThrownBy(() -> OutcomeCounts.parse("warmed=3")).hasMessageContaining("'warmed=3'");
        assertThatThrownBy(() -> OutcomeCounts.of(Map.of(WARMED, -1L))).hasMessageContaining("warmed=-1");
    }

    @Test
    void a_url_fails_with_its_first_failed_fetch_and_otherwise_counts_as_warmed_if_any_fetch_warmed_it() {
        assertThat(FetchOutcome.ofUrl(List.of(CACHED, WARMED, UNCACHEABLE))).isEqualTo(WARMED);
        assertThat(FetchOutcome.ofUrl(List.of(UNCACHEABLE, CACHED))).isEqualTo(CACHED);
        assertThat(FetchOutcome.ofUrl(List.of(WARMED, TIMEOUT, CLIENT_ERROR))).isEqualTo(TIMEOUT);
        assertThat(FetchOutcome.ofUrl(List.of())).isEqualTo(NETWORK_ERROR);
    }
}
