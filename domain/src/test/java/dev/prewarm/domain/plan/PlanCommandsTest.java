package dev.prewarm.domain.plan;

import static dev.prewarm.domain.plan.PlanBuilder.T0;
import static dev.prewarm.domain.plan.PlanBuilder.aPlan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.prewarm.domain.error.PrewarmException;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PlanCommandsTest {

    @Test
    void stopping_a_running_plan_stops_it_and_no_batch_is_due() {
        Plan plan = aPlan().running();

        plan.stop(T0.plusSeconds(10));

        assertThat(plan.status()).isEqualTo(PlanStatus.STOPPED);
        assertThat(plan.isDue(T0.plusSeconds(6000))).isFalse();
        assertThat(plan.statusChangedAt()).isEqualTo(T0.plusSeconds(10));
    }

    static Stream<Arguments> plansThatCannotStop() {
        return Stream.of(
                Arguments.of("waiting", (Supplier<Plan>) () -> aPlan().build()),
                Arguments.of("stopped", (Supplier<Plan>) () -> aPlan().stopped()),
                Arguments.of("failed", (Supplier<Plan>) () -> aPlan().failed()),
                Arguments.of("finished", (Supplier<Plan>) () -> aPlan().finished()));
    }

    @ParameterizedTest(name = "a {0} plan")
    @MethodSource("plansThatCannotStop")
    void stopping_a_plan_that_is_not_running_is_rejected_and_changes_nothing(String status, Supplier<Plan> given) {
        Plan plan = given.get();

        assertRejected(plan, () -> plan.stop(T0.plusSeconds(99)), "InvalidExecution.Status");
        assertThat(plan.status().wireName()).isEqualTo(status);
    }

    @Test
    void starting_a_waiting_plan_runs_it_now_with_start_time_now_in_the_clients_offset() {
        Plan plan = aPlan().startingAt("2026-03-02T10:00:00+08:00").build();

        plan.start(T0.plusSeconds(5).plusMillis(300));

        assertThat(plan.status()).isEqualTo(PlanStatus.RUNNING);
        assertThat(plan.window().start().echo()).isEqualTo("2026-03-01T16:00:05+08:00");
        assertThat(plan.isDue(T0.plusSeconds(5).plusMillis(300))).isTrue();
        assertThat(plan.beginBatch(T0.plusSeconds(6)).orElseThrow().dueAt()).isEqualTo(T0.plusSeconds(5));
    }

    @Test
    void starting_a_waiting_plan_whose_end_time_has_passed_is_rejected_and_changes_nothing() {
        Plan plan = aPlan().startingAt(T0).endingAt(T0.plusSeconds(60)).build();

        assertRejected(plan, () -> plan.start(T0.plusSeconds(61)), "InvalidEndTime.Mismatch");
    }

    @Test
    void starting_a_stopped_plan_resumes_at_the_next_slot_after_now() {
        Plan plan = aPlan().startingAt(T0).every(60).stopped();

        plan.start(T0.plusSeconds(150));

        assertThat(plan.status()).isEqualTo(PlanStatus.RUNNING);
        assertThat(plan.nextBatchDue()).contains(T0.plusSeconds(180));
        assertThat(plan.beginBatch(T0.plusSeconds(180)).orElseThrow().missedBefore())
                .isZero();
    }

    @Test
    void starting_a_stopped_plan_before_its_start_time_makes_it_wait() {
        Plan plan = aPlan().startingAt(T0).every(60).stopped();
        plan.update(PlanUpdate.nothing().withStartTime(PlanTime.utc(T0.plusSeconds(3600))), T0.plusSeconds(10));

        plan.start(T0.plusSeconds(20));

        assertThat(plan.status()).isEqualTo(PlanStatus.WAITING);
        assertThat(plan.nextBatchDue()).contains(T0.plusSeconds(3600));
    }

    @Test
    void starting_a_failed_plan_runs_it_again_and_clears_the_failure() {
        Plan plan = aPlan().failed();

        plan.start(T0.plusSeconds(61));

        assertThat(plan.status()).isEqualTo(PlanStatus.RUNNING);
        assertThat(plan.progress().failureReason()).isEmpty();
        assertThat(plan.nextBatchDue()).contains(T0.plusSeconds(120));
    }

    @Test
    void starting_a_running_plan_changes_nothing() {
        Plan plan = aPlan().running();
        PlanSnapshot before = PlanSnapshot.of(plan);

        plan.start(T0.plusSeconds(30));

        assertThat(PlanSnapshot.of(plan)).isEqualTo(before);
    }

    @Test
    void starting_a_finished_plan_is_rejected_and_changes_nothing() {
        Plan plan = aPlan().finished();

        assertRejected(plan, () -> plan.start(T0.plusSeconds(30)), "InvalidExecution.Status");
    }

    @Test
    void updating_the_interval_of_a_running_plan_counts_from_its_last_batch() {
        Plan plan = aPlan().startingAt(T0).every(60).running();

        plan.update(PlanUpdate.nothing().withInterval(new Interval(300)), T0.plusSeconds(10));

        assertThat(plan.interval()).isEqualTo(new Interval(300));
        assertThat(plan.nextBatchDue()).contains(T0.plusSeconds(300));
        assertThat(plan.status()).isEqualTo(PlanStatus.RUNNING);
    }

    @Test
    void shortening_the_interval_past_due_makes_the_current_slot_due_at_once() {
        Plan plan = aPlan().startingAt(T0).every(600).running();

        plan.update(PlanUpdate.nothing().withInterval(new Interval(5)), T0.plusSeconds(12));

        assertThat(plan.nextBatchDue()).contains(T0.plusSeconds(10));
        assertThat(plan.beginBatch(T0.plusSeconds(12)).orElseThrow().missedBefore())
                .isZero();
    }

    @Test
    void updating_the_start_time_of_a_waiting_plan_moves_its_first_batch() {
        Plan plan = aPlan().startingAt(T0.plusSeconds(100)).build();

        plan.update(PlanUpdate.nothing().withStartTime(PlanTime.utc(T0.plusSeconds(500))), T0);

        assertThat(plan.nextBatchDue()).contains(T0.plusSeconds(500));
        assertThat(plan.status()).isEqualTo(PlanStatus.WAITING);
    }

    @Test
    void updating_a_stopped_plan_keeps_it_stopped_with_no_batch_due() {
        Plan plan = aPlan().stopped();

        plan.update(PlanUpdate.nothing().withSliceLen(new SliceLen(500)), T0.plusSeconds(10));

        assertThat(plan.sliceLen()).isEqualTo(new SliceLen(500));
        assertThat(plan.status()).isEqualTo(PlanStatus.STOPPED);
        assertThat(plan.nextBatchDue()).isEmpty();
    }

    @Test
    void updating_a_finished_plan_is_rejected_and_changes_nothing() {
        Plan plan = aPlan().finished();

        assertRejected(
                plan,
                () -> plan.update(PlanUpdate.nothing().withInterval(new Interval(5)), T0.plusSeconds(1)),
                "InvalidExecution.Status");
    }

    @Test
    void an_update_that_would_end_before_the_start_is_rejected_and_changes_nothing() {
        Plan plan = aPlan().startingAt(T0.plusSeconds(100)).build();
        PlanUpdate update = PlanUpdate.nothing()
                .withEndTime(PlanTime.utc(T0.plusSeconds(50)))
                .withInterval(new Interval(5));

        assertRejected(plan, () -> plan.update(update, T0), "InvalidEndTime.Mismatch");
    }

    @Test
    void an_end_time_equal_to_the_start_time_allows_exactly_one_batch() {
        Plan plan = aPlan().startingAt(T0).endingAt(T0).build();

        assertThat(plan.beginBatch(T0)).isPresent();
        assertThat(plan.nextBatchDue()).isEmpty();
    }

    @Test
    void a_job_reset_returns_a_finished_plan_without_end_to_waiting() {
        Plan plan = aPlan().startingAt(T0).every(60).finished();

        assertThat(plan.returnToWaitingAfterReset(T0.plusSeconds(30))).isTrue();

        assertThat(plan.status()).isEqualTo(PlanStatus.WAITING);
        assertThat(plan.nextBatchDue()).contains(T0.plusSeconds(60));
    }

    @Test
    void a_job_reset_leaves_a_finished_plan_whose_end_time_has_passed_finished() {
        Plan plan = aPlan().startingAt(T0).endingAt(T0.plusSeconds(60)).finished();
        PlanSnapshot before = PlanSnapshot.of(plan);

        assertThat(plan.returnToWaitingAfterReset(T0.plusSeconds(60))).isFalse();
        assertThat(PlanSnapshot.of(plan)).isEqualTo(before);
    }

    @Test
    void a_job_reset_leaves_plans_that_are_not_finished_alone() {
        Plan plan = aPlan().running();
        PlanSnapshot before = PlanSnapshot.of(plan);

        assertThat(plan.returnToWaitingAfterReset(T0.plusSeconds(1))).isFalse();
        assertThat(PlanSnapshot.of(plan)).isEqualTo(before);
    }

    @Test
    void a_plan_can_be_deleted_in_any_state() {
        assertThat(Stream.of(
                        aPlan().build(), aPlan().running(), aPlan().stopped(), aPlan().failed(), aPlan().finished()))
                .allMatch(Plan::canDelete);
    }

    static void assertRejected(Plan plan, ThrowingCallable operation, String code) {
        PlanSnapshot before = PlanSnapshot.of(plan);
        assertThatThrownBy(operation)
                .isInstanceOfSatisfying(
                        PrewarmException.class, e -> assertThat(e.code()).isEqualTo(code));
        assertThat(PlanSnapshot.of(plan)).isEqualTo(before);
    }
}
