package dev.prewarm.domain.plan;

import static dev.prewarm.domain.plan.PlanBuilder.T0;
import static dev.prewarm.domain.plan.PlanBuilder.aPlan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.prewarm.domain.error.InvalidStatusException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PlanBatchesTest {

    @Test
    void a_new_plan_waits_and_starts_now_when_no_start_time_is_given() {
        Plan plan = aPlan().createdAt(T0.plusMillis(700)).build();

        assertThat(plan.status()).isEqualTo(PlanStatus.WAITING);
        assertThat(plan.window().start().echo()).isEqualTo("2026-03-01T08:00:00Z");
        assertThat(plan.window().end()).isEmpty();
        assertThat(plan.nextBatchDue()).contains(T0);
        assertThat(plan.isDue(T0.plusMillis(700))).isTrue();
    }

    @Test
    void a_plan_starting_later_is_first_due_at_its_start_time() {
        Plan plan = aPlan().startingAt(T0.plusSeconds(3600)).build();

        assertThat(plan.nextBatchDue()).contains(T0.plusSeconds(3600));
        assertThat(plan.isDue(T0.plusSeconds(3599))).isFalse();
        assertThat(plan.beginBatch(T0.plusSeconds(3599))).isEmpty();
    }

    @Test
    void a_plan_created_with_a_past_start_is_due_at_its_current_slot_without_missed_slots() {
        Plan plan = aPlan().startingAt(T0.minusSeconds(610)).every(60).build();

        BatchSlot slot = plan.beginBatch(T0).orElseThrow();

        assertThat(slot.dueAt()).isEqualTo(T0.minusSeconds(10));
        assertThat(slot.missedBefore()).isZero();
    }

    @Test
    void the_first_batch_makes_the_plan_running_and_schedules_the_next_slot() {
        Plan plan = aPlan().startingAt(T0).every(60).build();

        BatchSlot slot = plan.beginBatch(T0.plusSeconds(2)).orElseThrow();

        assertThat(slot).isEqualTo(new BatchSlot(1, T0, 0));
        assertThat(plan.status()).isEqualTo(PlanStatus.RUNNING);
        assertThat(plan.nextBatchDue()).contains(T0.plusSeconds(60));
    }

    @Test
    void after_downtime_the_plan_resumes_at_the_current_slot_and_counts_the_missed_ones() {
        Plan plan = aPlan().startingAt(T0).every(60).running();

        BatchSlot slot = plan.beginBatch(T0.plusSeconds(60 * 5 + 30)).orElseThrow();

        assertThat(slot.dueAt()).isEqualTo(T0.plusSeconds(300));
        assertThat(slot.missedBefore()).isEqualTo(4);
        assertThat(plan.progress().missedSlots()).isEqualTo(4);
        assertThat(plan.nextBatchDue()).contains(T0.plusSeconds(360));
    }

    @Test
    void no_batch_starts_after_the_end_time() {
        Plan plan =
                aPlan().startingAt(T0).endingAt(T0.plusSeconds(90)).every(60).running();

        assertThat(plan.beginBatch(T0.plusSeconds(91))).isEmpty();
        assertThat(plan.beginBatch(T0.plusSeconds(60))).isPresent();
        assertThat(plan.nextBatchDue()).isEmpty();
    }

    @Test
    void a_batch_that_empties_the_job_finishes_the_plan() {
        Plan plan = aPlan().running();

        plan.recordBatch(T0.plusSeconds(5), new BatchTally(10, 1, true));

        assertThat(plan.status()).isEqualTo(PlanStatus.FINISHED);
        assertThat(plan.progress().batchesDone()).isEqualTo(1);
        assertThat(plan.progress().urlsDone()).isEqualTo(10);
        assertThat(plan.nextBatchDue()).isEmpty();
    }

    @Test
    void three_consecutive_batches_where_every_url_failed_trip_the_failure_breaker() {
        Plan plan = aPlan().startingAt(T0).every(60).running();
        plan.recordBatch(T0.plusSeconds(1), new BatchTally(10, 10, false));
        runNextBatch(plan, new BatchTally(10, 10, false));
        assertThat(plan.status()).isEqualTo(PlanStatus.RUNNING);

        runNextBatch(plan, new BatchTally(10, 10, false));

        assertThat(plan.status()).isEqualTo(PlanStatus.FAILED);
        assertThat(plan.progress().failureReason())
                .hasValueSatisfying(r -> assertThat(r).contains("3 consecutive"));
    }

    @Test
    void a_batch_with_one_success_resets_the_failure_breaker() {
        Plan plan = aPlan().startingAt(T0).every(60).running();
        plan.recordBatch(T0.plusSeconds(1), new BatchTally(10, 10, false));
        runNextBatch(plan, new BatchTally(10, 10, false));
        runNextBatch(plan, new BatchTally(10, 9, false));
        runNextBatch(plan, new BatchTally(10, 10, false));
        runNextBatch(plan, new BatchTally(10, 10, false));

        assertThat(plan.status()).isEqualTo(PlanStatus.RUNNING);
    }

    @Test
    void a_batch_completing_after_stop_is_counted_but_the_plan_stays_stopped() {
        Plan plan = aPlan().running();
        plan.stop(T0.plusSeconds(1));

        plan.recordBatch(T0.plusSeconds(2), new BatchTally(10, 0, true));

        assertThat(plan.status()).isEqualTo(PlanStatus.STOPPED);
        assertThat(plan.progress().urlsDone()).isEqualTo(10);
    }

    @Test
    void passing_the_end_time_finishes_the_plan_and_reports_unwarmed_urls_and_missed_slots() {
        Plan plan =
                aPlan().startingAt(T0).endingAt(T0.plusSeconds(300)).every(60).running();

        plan.finishAtEnd(T0.plusSeconds(400), 1234);

        assertThat(plan.status()).isEqualTo(PlanStatus.FINISHED);
        assertThat(plan.progress().unwarmedAtEnd()).isEqualTo(1234);
        assertThat(plan.progress().missedSlots()).isEqualTo(5);
    }

    @Test
    void finishing_at_the_end_before_the_end_time_is_a_programming_error_and_changes_nothing() {
        Plan plan = aPlan().startingAt(T0).endingAt(T0.plusSeconds(300)).running();
        PlanSnapshot before = PlanSnapshot.of(plan);

        assertThatThrownBy(() -> plan.finishAtEnd(T0.plusSeconds(300), 5)).isInstanceOf(IllegalStateException.class);
        assertThat(PlanSnapshot.of(plan)).isEqualTo(before);
    }

    @Test
    void a_job_found_empty_finishes_the_plan_with_nothing_unwarmed() {
        Plan plan = aPlan().build();

        plan.finishJobDone(T0);

        assertThat(plan.status()).isEqualTo(PlanStatus.FINISHED);
        assertThat(plan.progress().unwarmedAtEnd()).isZero();
    }

    @Test
    void an_inactive_site_fails_a_running_plan_with_the_reason_kept() {
        Plan plan = aPlan().running();

        plan.fail(T0.plusSeconds(60), "site 42 is offline");

        assertThat(plan.status()).isEqualTo(PlanStatus.FAILED);
        assertThat(plan.progress().failureReason()).contains("site 42 is offline");
        assertThat(plan.isDue(T0.plusSeconds(600))).isFalse();
    }

    @Test
    void failing_a_stopped_plan_is_rejected_and_changes_nothing() {
        Plan plan = aPlan().stopped();
        PlanSnapshot before = PlanSnapshot.of(plan);

        assertThatThrownBy(() -> plan.fail(T0.plusSeconds(60), "offline"))
                .isInstanceOfSatisfying(
                        InvalidStatusException.class, e -> assertThat(e.code()).isEqualTo("InvalidExecution.Status"));
        assertThat(PlanSnapshot.of(plan)).isEqualTo(before);
    }

    private static void runNextBatch(Plan plan, BatchTally tally) {
        Instant due = plan.nextBatchDue().orElseThrow();
        plan.beginBatch(due).orElseThrow();
        plan.recordBatch(due.plusSeconds(1), tally);
    }
}
