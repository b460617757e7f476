package dev.prewarm.domain.plan;

import static dev.prewarm.domain.plan.PlanStatus.FAILED;
import static dev.prewarm.domain.plan.PlanStatus.FINISHED;
import static dev.prewarm.domain.plan.PlanStatus.RUNNING;
import static dev.prewarm.domain.plan.PlanStatus.STOPPED;
import static dev.prewarm.domain.plan.PlanStatus.WAITING;

import dev.prewarm.domain.account.AccountId;
import dev.prewarm.domain.error.InvalidStatusException;
import dev.prewarm.domain.job.JobId;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * An execution plan and its state machine (API.md §5). Batch k is due at {@code anchor + k·Interval}:
 * the anchor is the StartTime, except that an Update re-anchors a plan that already ran batches at
 * its last batch's slot, so the new Interval counts from the batch that ran, not from a StartTime
 * long past. Start from stopped/failed keeps the grid and resumes at its next slot after now.
 * Every operation validates before it changes anything, so a rejected one leaves the plan as it was.
 */
public class Plan {
    static final int FAILURE_BREAKER_BATCHES = 3;

    private PlanId id;
    private JobId jobId;
    private AccountId accountId;
    private Instant createdAt;
    private Instant startTime;
    private int startOffsetSeconds;
    private Instant endTime;
    private Integer endOffsetSeconds;
    private Interval interval;
    private SliceLen sliceLen;
    private PlanStatus status;
    private Instant statusChangedAt;
    private Instant anchor;
    private Instant nextBatchDue;
    private Instant lastBatchDue;
    private long lastBatchNo;
    private long batchesDone;
    private long urlsDone;
    private long missedSlots;
    private int consecutiveFailedBatches;
    private String failureReason;
    private long unwarmedAtEnd;
    private long version;

    /** For JPA. */
    protected Plan() {}

    private Plan(PlanId id, JobId jobId, AccountId accountId, Instant now) {
        this.id = Objects.requireNonNull(id, "id");
        this.jobId = Objects.requireNonNull(jobId, "jobId");
        this.accountId = Objects.requireNonNull(accountId, "accountId");
        this.createdAt = now;
        this.status = WAITING;
        this.statusChangedAt = now;
    }

    public static Plan create(PlanId id, JobId jobId, AccountId accountId, PlanRequest request, Instant now) {
        PlanWindow window = request.windowFrom(now);
        Plan plan = new Plan(id, jobId, accountId, now);
        plan.reschedule(window, request.interval(), request.sliceLen(), now);
        return plan;
    }

    /** The engine begins the batch due now; empty when none is due (or EndTime has passed). */
    public Optional<BatchSlot> beginBatch(Instant now) {
        if (!isDue(now)) {
            return Optional.empty();
        }
        SlotClock clock = clock();
        Instant slot = clock.latestAtOrBefore(now).orElseThrow();
        long missed = clock.countBetween(nextBatchDue, slot);
        missedSlots += missed;
        lastBatchNo++;
        lastBatchDue = slot;
        nextBatchDue = clock.firstAfter(slot).orElse(null);
        moveTo(RUNNING, now);
        return Optional.of(new BatchSlot(lastBatchNo, slot, missed));
    }

    /**
     * The engine records a completed batch. Status changes only for a running plan: a plan stopped
     * while the batch was in flight stays stopped, whatever the batch found.
     */
    public void recordBatch(Instant now, BatchTally tally) {
        batchesDone++;
        urlsDone += tally.urls();
        consecutiveFailedBatches = tally.allFailed() ? consecutiveFailedBatches + 1 : 0;
        if (status != RUNNING) {
            return;
        }
        if (consecutiveFailedBatches >= FAILURE_BREAKER_BATCHES) {
            failWith("every URL of " + FAILURE_BREAKER_BATCHES + " consecutive batches failed", now);
        } else if (tally.jobExhausted()) {
            finishWith(0, now);
        }
    }

    /** The job's cursor is at its end (a batch found no URL left): the plan is done. */
    public void finishJobDone(Instant now) {
        requireStatus("waiting or running", WAITING, RUNNING);
        finishWith(0, now);
    }

    /** EndTime has passed: finished, with the URLs left unwarmed reported. */
    public void finishAtEnd(Instant now, long urlsLeft) {
        requireStatus("waiting or running", WAITING, RUNNING);
        if (!window().hasEndedBy(now)) {
            throw new IllegalStateException("plan " + id + " ends at " + window().end() + ", not before " + now);
        }
        if (nextBatchDue != null) {
            missedSlots += clock().countBetween(
                            nextBatchDue, window().endsAt().orElseThrow().plusNanos(1));
        }
        finishWith(Math.max(0, urlsLeft), now);
    }

    /** The plan cannot proceed, e.g. its site is not active when a batch is due. */
    public void fail(Instant now, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a failed plan needs a reason, got '" + reason + "'");
        }
        requireStatus("waiting or running", WAITING, RUNNING);
        failWith(reason, now);
    }

    public void stop(Instant now) {
        requireStatus("running", RUNNING);
        nextBatchDue = null;
        moveTo(STOPPED, now);
    }

    public void start(Instant now) {
        requireStatus("waiting, running, stopped or failed", WAITING, RUNNING, STOPPED, FAILED);
        switch (status) {
            case WAITING -> startNow(now);
            case STOPPED, FAILED -> resume(now);
            default -> {} // running: a no-op that returns the plan
        }
    }

    public void update(PlanUpdate update, Instant now) {
        requireStatus("waiting, running, stopped or failed", WAITING, RUNNING, STOPPED, FAILED);
        PlanWindow merged = window().merge(update.startTime(), update.endTime());
        reschedule(merged, update.interval().orElse(interval), update.sliceLen().orElse(sliceLen), now);
    }

    /** After a job reset: a finished plan that may still run goes back to waiting. */
    public boolean returnToWaitingAfterReset(Instant now) {
        boolean mayRunAgain = window().endsAt().map(now::isBefore).orElse(true);
        if (status != FINISHED || !mayRunAgain) {
            return false;
        }
        unwarmedAtEnd = 0;
        consecutiveFailedBatches = 0;
        moveTo(WAITING, now);
        nextBatchDue = clock().dueAfter(lastBatchDue, now).orElse(null);
        return true;
    }

    public boolean isDue(Instant now) {
        return status.isSchedulable()
                && nextBatchDue != null
                && !nextBatchDue.isAfter(now)
                && !window().hasEndedBy(now);
    }

    /** Deleting is allowed in every state (API.md §5). */
    public boolean canDelete() {
        return true;
    }

    public PlanProjection projection() {
        return new PlanProjection(clock(), sliceLen, Optional.ofNullable(nextBatchDue));
    }

    private void startNow(Instant now) {
        PlanWindow moved = window().withStart(window().start().at(now)); // may throw: EndTime already past
        storeWindow(moved);
        anchor = moved.startsAt();
        nextBatchDue = anchor;
        moveTo(RUNNING, now);
    }

    private void resume(Instant now) {
        failureReason = null;
        consecutiveFailedBatches = 0;
        SlotClock clock = clock();
        if (now.isBefore(startTime)) {
            nextBatchDue = clock.dueAfter(lastBatchDue, now).orElse(null);
            moveTo(WAITING, now);
        } else {
            nextBatchDue = clock.firstAfter(now).orElse(null);
            moveTo(RUNNING, now);
        }
    }

    private void reschedule(PlanWindow window, Interval newInterval, SliceLen newSliceLen, Instant now) {
        storeWindow(window);
        interval = Objects.requireNonNull(newInterval);
        sliceLen = Objects.requireNonNull(newSliceLen);
        boolean continueFromLastBatch = lastBatchDue != null && !lastBatchDue.isBefore(startTime);
        anchor = continueFromLastBatch ? lastBatchDue : startTime;
        nextBatchDue =
                status.isSchedulable() ? clock().dueAfter(lastBatchDue, now).orElse(null) : null;
    }

    private void storeWindow(PlanWindow window) {
        startTime = window.startsAt();
        startOffsetSeconds = window.start().offset().getTotalSeconds();
        endTime = window.endsAt().orElse(null);
        endOffsetSeconds =
                window.end().map(end -> end.offset().getTotalSeconds()).orElse(null);
    }

    private void finishWith(long unwarmed, Instant now) {
        unwarmedAtEnd = unwarmed;
        nextBatchDue = null;
        moveTo(FINISHED, now);
    }

    private void failWith(String reason, Instant now) {
        failureReason = reason;
        nextBatchDue = null;
        moveTo(FAILED, now);
    }

    private void moveTo(PlanStatus next, Instant now) {
        if (status != next) {
            status = next;
            statusChangedAt = now;
        }
    }

    private void requireStatus(String allowed, PlanStatus... statuses) {
        for (PlanStatus candidate : statuses) {
            if (status == candidate) {
                return;
            }
        }
        throw new InvalidStatusException(status.wireName(), allowed);
    }

    private SlotClock clock() {
        return new SlotClock(anchor, interval, window());
    }

    public PlanWindow window() {
        PlanTime start = new PlanTime(startTime, ZoneOffset.ofTotalSeconds(startOffsetSeconds));
        Optional<PlanTime> end =
                Optional.ofNullable(endTime).map(at -> new PlanTime(at, ZoneOffset.ofTotalSeconds(endOffsetSeconds)));
        return PlanWindow.of(start, end);
    }

    public PlanId id() {
        return id;
    }

    public JobId jobId() {
        return jobId;
    }

    public AccountId accountId() {
        return accountId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Interval interval() {
        return interval;
    }

    public SliceLen sliceLen() {
        return sliceLen;
    }

    public PlanStatus status() {
        return status;
    }

    public Instant statusChangedAt() {
        return statusChangedAt;
    }

    public Optional<Instant> nextBatchDue() {
        return Optional.ofNullable(nextBatchDue);
    }

    /** What users see of the plan's progress (API, UI). */
    public PlanProgress progress() {
        return new PlanProgress(
                lastBatchNo,
                batchesDone,
                urlsDone,
                missedSlots,
                Optional.ofNullable(lastBatchDue),
                Optional.ofNullable(nextBatchDue),
                Optional.ofNullable(failureReason),
                unwarmedAtEnd);
    }

    Instant anchor() {
        return anchor;
    }

    public long version() {
        return version;
    }

    @Override
    public String toString() {
        return "Plan[" + id + " " + status + " " + window() + " every " + interval + " x" + sliceLen + "]";
    }
}
