package dev.prewarm.domain.plan;

import static dev.prewarm.domain.plan.PlanBuilder.T0;
import static dev.prewarm.domain.plan.PlanStatus.FAILED;
import static dev.prewarm.domain.plan.PlanStatus.FINISHED;
import static dev.prewarm.domain.plan.PlanStatus.RUNNING;
import static dev.prewarm.domain.plan.PlanStatus.STOPPED;
import static dev.prewarm.domain.plan.PlanStatus.WAITING;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;

/**
 * The reference model of API.md §5: statuses, window, quotas of URLs left in the job, and the one
 * timing rule the model can state without slot arithmetic (a schedulable plan is due no later than
 * one Interval after its StartTime or its last schedule change). The engine of a tick is simulated
 * here too: it finishes a plan past EndTime, begins the due batch, claims URLs and records the result.
 */
final class PlanModel {
    private final int totalUrls;
    private Instant now;
    private PlanStatus status;
    private Instant start;
    private Instant end;
    private int interval;
    private int sliceLen;
    private int remaining;
    private int consecutiveAllFailed;
    private long unwarmed;
    private Instant lastChange;
    private Instant lastSlot;
    private long missedSoFar;
    private Optional<BatchSlot> began = Optional.empty();
    private boolean finishedAtEnd;

    private PlanModel(Plan plan, int totalUrls, Instant now) {
        this.totalUrls = totalUrls;
        this.remaining = totalUrls;
        this.now = now;
        this.status = WAITING;
        this.start = plan.window().startsAt();
        this.end = plan.window().endsAt().orElse(null);
        this.interval = plan.interval().seconds();
        this.sliceLen = plan.sliceLen().value();
        this.lastChange = now;
    }

    static PlanModel of(Plan plan, int totalUrls, Instant now) {
        return new PlanModel(plan, totalUrls, now);
    }

    Instant now() {
        return now;
    }

    Optional<String> expectedError(Op op) {
        String status = "InvalidExecution.Status";
        return switch (op) {
            case Op.Stop s -> this.status == RUNNING ? Optional.empty() : Optional.of(status);
            case Op.Fail f -> schedulable() ? Optional.empty() : Optional.of(status);
            case Op.Start s when this.status == FINISHED -> Optional.of(status);
            case Op.Start s
            when this.status == WAITING && end != null && now.isAfter(end) -> Optional.of("InvalidEndTime.Mismatch");
            case Op.Update u when this.status == FINISHED -> Optional.of(status);
            case Op.Update u
            when mergedEnd(u) != null && mergedEnd(u).isBefore(mergedStart(u)) ->
                Optional.of("InvalidEndTime.Mismatch");
            default -> Optional.empty();
        };
    }

    void accept(Op op) {
        switch (op) {
            case Op.Advance a -> now = now.plusSeconds(a.seconds());
            case Op.Stop s -> status = STOPPED;
            case Op.Fail f -> status = FAILED;
            case Op.Start s -> acceptStart();
            case Op.Reset r -> acceptReset();
            case Op.Update u -> acceptUpdate(u);
            case Op.Tick t -> acceptTick(t);
        }
    }

    PlanUpdate toUpdate(Op.Update u) {
        return new PlanUpdate(
                u.startAt().map(s -> PlanTime.utc(T0.plusSeconds(s))),
                u.endAt().map(s -> PlanTime.utc(T0.plusSeconds(s))),
                u.interval().map(Interval::new),
                u.sliceLen().map(SliceLen::new));
    }

    /** The engine's tick against the real plan; what it saw is judged in {@link #acceptTick}. */
    void runEngine(Plan plan, Op.Tick tick) {
        began = Optional.empty();
        finishedAtEnd = false;
        if (plan.status().isSchedulable() && plan.window().hasEndedBy(now)) {
            plan.finishAtEnd(now, remaining);
            finishedAtEnd = true;
            return;
        }
        began = plan.beginBatch(now);
        if (began.isEmpty()) {
            return;
        }
        int claimed = Math.min(plan.sliceLen().value(), remaining);
        if (claimed == 0) {
            plan.finishJobDone(now);
            return;
        }
        plan.recordBatch(now, new BatchTally(claimed, failedOf(claimed, tick), claimed == remaining));
    }

    private void acceptTick(Op.Tick tick) {
        boolean ended = end != null && now.isAfter(end);
        assertThat(finishedAtEnd).as("finishes exactly when EndTime has passed").isEqualTo(schedulable() && ended);
        if (finishedAtEnd) {
            unwarmed = remaining;
            status = FINISHED;
            return;
        }
        Instant dueBound = later(start, lastChange).plusSeconds(interval);
        boolean slotLeft = end == null || !dueBound.isAfter(end);
        if (schedulable() && slotLeft && !now.isBefore(dueBound)) {
            assertThat(began).as("a batch is due by %s", dueBound).isPresent();
        }
        began.ifPresent(slot -> acceptBatch(slot, tick));
    }

    private void acceptBatch(BatchSlot slot, Op.Tick tick) {
        assertThat(schedulable())
                .as("only waiting or running plans run batches")
                .isTrue();
        assertThat(slot.dueAt()).isBeforeOrEqualTo(now).isAfterOrEqualTo(start);
        if (end != null) {
            assertThat(slot.dueAt()).isBeforeOrEqualTo(end);
        }
        if (lastSlot != null) {
            assertThat(slot.dueAt()).isAfter(lastSlot);
        }
        lastSlot = slot.dueAt();
        lastChange = now;
        missedSoFar += slot.missedBefore();
        status = RUNNING;
        int claimed = Math.min(sliceLen, remaining);
        if (claimed == 0) {
            status = FINISHED;
            unwarmed = 0;
            return;
        }
        remaining -= claimed;
        consecutiveAllFailed = failedOf(claimed, tick) == claimed ? consecutiveAllFailed + 1 : 0;
        if (consecutiveAllFailed >= 3) {
            status = FAILED;
        } else if (remaining == 0) {
            status = FINISHED;
            unwarmed = 0;
        }
    }

    private void acceptStart() {
        if (status == WAITING) {
            start = now;
            status = RUNNING;
        } else if (status == STOPPED || status == FAILED) {
            status = now.isBefore(start) ? WAITING : RUNNING;
            consecutiveAllFailed = 0;
        } else {
            return;
        }
        lastChange = now;
    }

    private void acceptReset() {
        remaining = totalUrls;
        if (status == FINISHED && (end == null || end.isAfter(now))) {
            status = WAITING;
            unwarmed = 0;
            consecutiveAllFailed = 0;
            lastChange = now;
        }
    }

    private void acceptUpdate(Op.Update u) {
        start = mergedStart(u);
        end = mergedEnd(u);
        interval = u.interval().orElse(interval);
        sliceLen = u.sliceLen().orElse(sliceLen);
        lastChange = now;
    }

    void checkAgainst(Plan plan, Op op) {
        String context = "after " + op + " at " + now;
        assertThat(plan.status()).as(context).isEqualTo(status);
        assertThat(plan.window().startsAt()).as(context).isEqualTo(start);
        assertThat(plan.window().endsAt().orElse(null)).as(context).isEqualTo(end);
        assertThat(plan.interval().seconds()).as(context).isEqualTo(interval);
        assertThat(plan.sliceLen().value()).as(context).isEqualTo(sliceLen);
        assertThat(plan.progress().failureReason().isPresent()).as(context).isEqualTo(status == FAILED);
        assertThat(plan.progress().unwarmedAtEnd()).as(context).isEqualTo(unwarmed);
        assertThat(plan.progress().missedSlots()).as(context).isGreaterThanOrEqualTo(missedSoFar);
        plan.nextBatchDue().ifPresent(next -> {
            assertThat(schedulable())
                    .as("%s: only waiting or running plans have a batch due", context)
                    .isTrue();
            assertThat(plan.window().contains(next))
                    .as("%s: %s inside the window", context, next)
                    .isTrue();
            if (lastSlot != null) {
                assertThat(next).as(context).isAfter(lastSlot);
            }
        });
    }

    private boolean schedulable() {
        return status == WAITING || status == RUNNING;
    }

    private Instant mergedStart(Op.Update u) {
        return u.startAt().map(T0::plusSeconds).orElse(start);
    }

    private Instant mergedEnd(Op.Update u) {
        return u.endAt().map(T0::plusSeconds).orElse(end);
    }

    private static int failedOf(int claimed, Op.Tick tick) {
        return switch (tick.failMode()) {
            case 0 -> claimed;
            case 1 -> claimed / 2;
            default -> 0;
        };
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
