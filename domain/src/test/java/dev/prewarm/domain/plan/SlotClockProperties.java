package dev.prewarm.domain.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class SlotClockProperties {
    private static final Instant BASE = Instant.parse("2026-01-01T00:00:00Z");

    @Property
    void every_slot_found_lies_in_the_window_on_the_grid(
            @ForAll("clocks") SlotClock clock, @ForAll @LongRange(min = -200_000, max = 2_000_000) long offsetMillis) {
        Instant moment = BASE.plusMillis(offsetMillis);

        for (Optional<Instant> slot : java.util.List.of(
                clock.firstAtOrAfter(moment),
                clock.firstAfter(moment),
                clock.latestAtOrBefore(moment),
                clock.dueAfter(null, moment))) {
            slot.ifPresent(s -> {
                assertThat(clock.window().contains(s))
                        .as("%s in %s", s, clock.window())
                        .isTrue();
                long since = Duration.between(clock.anchor(), s).toNanos();
                assertThat(since).isNotNegative();
                assertThat(since
                                % Duration.ofSeconds(clock.interval().seconds()).toNanos())
                        .isZero();
            });
        }
    }

    @Property
    void the_next_slot_after_now_is_later_than_now_and_within_one_interval(
            @ForAll("openClocks") SlotClock clock, @ForAll @LongRange(min = 0, max = 5_000_000) long offsetMillis) {
        Instant now = clock.anchor().plusMillis(offsetMillis);

        Instant next = clock.firstAfter(now).orElseThrow();

        assertThat(next).isAfter(now);
        assertThat(next).isBeforeOrEqualTo(now.plusSeconds(clock.interval().seconds()));
    }

    @Property
    void first_at_or_after_and_latest_at_or_before_bracket_the_moment(
            @ForAll("openClocks") SlotClock clock, @ForAll @LongRange(min = 0, max = 5_000_000) long offsetMillis) {
        Instant now = clock.anchor().plusMillis(offsetMillis);

        Instant earlier = clock.latestAtOrBefore(now).orElseThrow();
        Instant later = clock.firstAtOrAfter(now).orElseThrow();

        assertThat(earlier).isBeforeOrEqualTo(now);
        assertThat(later).isAfterOrEqualTo(now);
        assertThat(Duration.between(earlier, later))
                .isIn(Duration.ZERO, clock.interval().duration());
    }

    @Property
    void counting_slots_is_additive_over_adjacent_ranges(
            @ForAll("clocks") SlotClock clock,
            @ForAll @LongRange(min = -100_000, max = 3_000_000) long a,
            @ForAll @LongRange(min = 0, max = 3_000_000) long ab,
            @ForAll @LongRange(min = 0, max = 3_000_000) long bc) {
        Instant from = BASE.plusMillis(a);
        Instant middle = from.plusMillis(ab);
        Instant to = middle.plusMillis(bc);

        assertThat(clock.countBetween(from, middle) + clock.countBetween(middle, to))
                .isEqualTo(clock.countBetween(from, to));
    }

    @Property
    void the_count_between_two_slots_is_their_distance_in_intervals(
            @ForAll("openClocks") SlotClock clock,
            @ForAll @IntRange(min = 0, max = 1000) int k,
            @ForAll @IntRange(min = 0, max = 1000) int n) {
        assertThat(clock.countBetween(clock.slot(k), clock.slot(k + n))).isEqualTo(n);
    }

    @Provide
    Arbitrary<SlotClock> clocks() {
        Arbitrary<Integer> interval = Arbitraries.oneOf(
                Arbitraries.integers().between(1, 120), Arbitraries.integers().between(1, 86_400));
        Arbitrary<Integer> startOffset = Arbitraries.integers().between(0, 100_000);
        Arbitrary<Integer> anchorAfterStart = Arbitraries.integers().between(0, 10_000);
        Arbitrary<Optional<Integer>> length =
                Arbitraries.integers().between(0, 1_000_000).optional();
        return Combinators.combine(interval, startOffset, anchorAfterStart, length)
                .as((seconds, startAt, anchorAt, window) -> {
                    Instant start = BASE.plusSeconds(startAt);
                    PlanWindow planWindow =
                            PlanWindow.of(PlanTime.utc(start), window.map(w -> PlanTime.utc(start.plusSeconds(w))));
                    return new SlotClock(start.plusSeconds(anchorAt), new Interval(seconds), planWindow);
                });
    }

    @Provide
    Arbitrary<SlotClock> openClocks() {
        return clocks().filter(clock -> clock.window().end().isEmpty());
    }
}
