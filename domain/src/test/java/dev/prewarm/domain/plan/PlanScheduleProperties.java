package dev.prewarm.domain.plan;

import static dev.prewarm.domain.plan.PlanBuilder.T0;
import static dev.prewarm.domain.plan.PlanBuilder.aPlan;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Schedule maths seen through the plan: ticks at random moments, with downtime, stops and starts. */
class PlanScheduleProperties {

    @Property
    void batches_fall_on_start_plus_k_intervals_inside_the_window_and_every_slot_is_run_or_missed(
            @ForAll @IntRange(min = -300, max = 300) int startAt,
            @ForAll @IntRange(min = 1, max = 120) int interval,
            @ForAll @IntRange(min = 0, max = 5000) int length,
            @ForAll("gaps") List<Integer> tickGaps) {
        Instant start = T0.plusSeconds(startAt);
        Plan plan = aPlan().startingAt(start)
                .endingAt(start.plusSeconds(length))
                .every(interval)
                .build();
        Instant firstDue = plan.nextBatchDue().orElseThrow();
        Instant now = T0;
        long begun = 0;
        Instant last = null;
        for (int gap : tickGaps) {
            now = now.plusSeconds(gap);
            var slot = plan.beginBatch(now);
            if (slot.isPresent()) {
                Instant due = slot.get().dueAt();
                assertThat(plan.window().contains(due))
                        .as("%s inside %s", due, plan.window())
                        .isTrue();
                assertThat(Duration.between(start, due).toSeconds() % interval).isZero();
                assertThat(due).isBeforeOrEqualTo(now);
                begun++;
                last = due;
            }
        }
        if (last != null) {
            long slotsSoFar = Duration.between(firstDue, last).toSeconds() / interval + 1;
            assertThat(begun + plan.progress().missedSlots()).isEqualTo(slotsSoFar);
        }
    }

    @Property
    void stops_and_starts_never_count_the_stopped_time_as_missed_nor_run_a_slot_twice(
            @ForAll @IntRange(min = 1, max = 120) int interval, @ForAll("gaps") List<Integer> gaps) {
        Plan plan = aPlan().startingAt(T0).every(interval).build();
        Instant now = T0;
        long begun = 0;
        Instant last = null;
        for (int i = 0; i < gaps.size(); i++) {
            now = now.plusSeconds(gaps.get(i));
            if (i % 7 == 3 && plan.status() == PlanStatus.RUNNING) {
                plan.stop(now);
            } else if (i % 7 == 5 && plan.status() == PlanStatus.STOPPED) {
                plan.start(now);
                assertThat(plan.nextBatchDue().orElseThrow()).isAfter(now);
            }
            var slot = plan.beginBatch(now);
            if (slot.isPresent()) {
                assertThat(last == null || slot.get().dueAt().isAfter(last)).isTrue();
                last = slot.get().dueAt();
                begun++;
            }
        }
        if (last != null) {
            long slotsSoFar = Duration.between(T0, last).toSeconds() / interval + 1;
            assertThat(begun + plan.progress().missedSlots()).isLessThanOrEqualTo(slotsSoFar);
        }
    }

    @Property
    void after_an_interval_update_batches_are_spaced_by_whole_new_intervals(
            @ForAll @IntRange(min = 1, max = 120) int before,
            @ForAll @IntRange(min = 1, max = 120) int after,
            @ForAll("gaps") List<Integer> gaps) {
        Plan plan = aPlan().startingAt(T0).every(before).running();
        Instant now = T0.plusSeconds(gaps.isEmpty() ? 0 : gaps.getFirst());
        plan.update(PlanUpdate.nothing().withInterval(new Interval(after)), now);
        Instant anchor = plan.progress().lastBatchDue().orElseThrow();
        for (int gap : gaps) {
            now = now.plusSeconds(gap);
            plan.beginBatch(now)
                    .ifPresent(slot -> assertThat(
                                    Duration.between(anchor, slot.dueAt()).toSeconds() % after)
                            .isZero());
        }
    }

    @Provide
    Arbitrary<List<Integer>> gaps() {
        return Arbitraries.oneOf(
                        Arbitraries.integers().between(0, 90),
                        Arbitraries.integers().between(0, 2000))
                .list()
                .ofMaxSize(40);
    }
}
