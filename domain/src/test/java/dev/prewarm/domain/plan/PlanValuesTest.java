package dev.prewarm.domain.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.prewarm.domain.error.InvalidParameterException;
import dev.prewarm.domain.error.PrewarmException;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PlanValuesTest {

    @ParameterizedTest
    @ValueSource(longs = {0, -1, 86_401, 10_000_000_000L})
    void an_interval_outside_one_second_to_one_day_is_rejected_naming_the_value(long seconds) {
        assertThatThrownBy(() -> Interval.ofSeconds(seconds))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> {
                    assertThat(e.code()).isEqualTo("InvalidParameter.Interval");
                    assertThat(e.reason()).isEqualTo("must be between 1 and 86400 seconds, got " + seconds);
                });
    }

    @Test
    void an_interval_arrives_as_a_number_or_a_numeric_string() {
        assertThat(Interval.parse("30")).isEqualTo(new Interval(30));
        assertThat(Interval.parse(" 30.0 ")).isEqualTo(new Interval(30));
        assertThatThrownBy(() -> Interval.parse("30s"))
                .isInstanceOfSatisfying(
                        PrewarmException.class, e -> assertThat(e.getMessage()).contains("got '30s'"));
        assertThatThrownBy(() -> Interval.parse(null))
                .isInstanceOfSatisfying(
                        PrewarmException.class, e -> assertThat(e.code()).isEqualTo("MissingInterval"));
    }

    @Test
    void a_value_too_large_for_any_number_is_reported_as_it_was_sent() {
        assertThatThrownBy(() -> Interval.parse("99999999999999999999"))
                .isInstanceOfSatisfying(
                        InvalidParameterException.class,
                        e -> assertThat(e.reason()).endsWith("got 99999999999999999999"));
        assertThatThrownBy(() -> SliceLen.parse("1e20"))
                .isInstanceOfSatisfying(
                        InvalidParameterException.class,
                        e -> assertThat(e.reason()).endsWith("got 1e20"));
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 100_001})
    void a_slice_length_outside_one_to_a_hundred_thousand_is_rejected_naming_the_value(long value) {
        assertThatThrownBy(() -> SliceLen.of(value)).isInstanceOfSatisfying(InvalidParameterException.class, e -> {
            assertThat(e.code()).isEqualTo("InvalidParameter.SliceLen");
            assertThat(e.reason()).endsWith("got " + value);
        });
        assertThat(SliceLen.of(100_000).value()).isEqualTo(100_000);
    }

    @Test
    void statuses_use_lower_case_wire_names() {
        assertThat(PlanStatus.values())
                .extracting(PlanStatus::wireName)
                .containsExactly("waiting", "running", "finished", "failed", "stopped");
        assertThat(PlanStatus.fromWire("stopped")).isEqualTo(PlanStatus.STOPPED);
    }

    @ParameterizedTest
    @CsvSource({
        "2024-06-03T16:00:00Z, 2024-06-03T16:00:00Z",
        "2024-06-04T00:00:00+08:00, 2024-06-04T00:00:00+08:00",
        "2024-06-04T00:00:00.987+0800, 2024-06-04T00:00:00+08:00",
        "2024-06-03T11:00:00-05:00, 2024-06-03T11:00:00-05:00"
    })
    void times_are_echoed_in_the_offset_the_client_used_to_the_second(String sent, String echoed) {
        assertThat(PlanTime.parse("StartTime", sent).echo()).isEqualTo(echoed);
    }

    @Test
    void a_time_with_a_widened_year_is_rejected() {
        assertThatThrownBy(() -> PlanTime.parse("StartTime", "+99999-01-01T00:00:00Z"))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> {
                    assertThat(e.code()).isEqualTo("InvalidParameter.StartTime");
                    assertThat(e.reason()).isEqualTo("must have a year from 1 to 9999, got '+99999-01-01T00:00:00Z'");
                });
        assertThat(PlanTime.parse("EndTime", "9999-12-31T23:59:59Z").echo()).isEqualTo("9999-12-31T23:59:59Z");
    }

    @Test
    void a_time_without_offset_is_rejected_never_guessed() {
        assertThatThrownBy(() -> PlanTime.parse("StartTime", "2024-06-03T16:00:00"))
                .isInstanceOfSatisfying(
                        PrewarmException.class, e -> assertThat(e.code()).isEqualTo("InvalidParameter.StartTime"));
    }

    @Test
    void an_end_time_before_the_start_time_is_a_mismatch() {
        PlanTime start = PlanTime.utc(Instant.parse("2024-06-03T16:00:00Z"));
        PlanTime end = PlanTime.utc(Instant.parse("2024-06-03T15:59:59Z"));

        assertThatThrownBy(() -> PlanWindow.between(start, end)).isInstanceOfSatisfying(PrewarmException.class, e -> {
            assertThat(e.code()).isEqualTo("InvalidEndTime.Mismatch");
            assertThat(e.getMessage()).isEqualTo("The specified EndTime is earlier than the StartTime.");
        });
    }
}
