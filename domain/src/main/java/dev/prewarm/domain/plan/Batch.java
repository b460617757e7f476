package dev.prewarm.domain.plan;

import dev.prewarm.domain.fetch.OutcomeCounts;
import dev.prewarm.domain.job.JobId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One slice of a plan, as kept in the execution log: which slot it filled, which URL positions it
 * took from the job's cursor ({@code urlFrom} inclusive, {@code urlTo} exclusive), how it went,
 * and which instance ran it.
 */
public class Batch {
    private PlanId planId;
    private JobId jobId;
    private long batchNo;
    private Instant dueAt;
    private Instant startedAt;
    private Instant finishedAt;
    private long urlFrom;
    private long urlTo;
    private long succeeded;
    private long failed;
    private OutcomeCounts outcomes;
    private BatchStatus status;
    private String instance;

    /** For JPA. */
    protected Batch() {}

    private Batch(PlanId planId, JobId jobId, BatchSlot slot, long urlFrom, long urlTo, String instance, Instant now) {
        if (urlFrom < 0 || urlTo < urlFrom) {
            throw new IllegalArgumentException("a batch needs 0 <= urlFrom <= urlTo, got " + urlFrom + ".." + urlTo);
        }
        this.planId = Objects.requireNonNull(planId);
        this.jobId = Objects.requireNonNull(jobId);
        this.batchNo = slot.batchNo();
        this.dueAt = slot.dueAt();
        this.startedAt = now;
        this.urlFrom = urlFrom;
        this.urlTo = urlTo;
        this.status = BatchStatus.RUNNING;
        this.instance = Objects.requireNonNull(instance);
    }

    public static Batch begin(
            PlanId planId, JobId jobId, BatchSlot slot, long urlFrom, long urlTo, String instance, Instant now) {
        return new Batch(planId, jobId, slot, urlFrom, urlTo, instance, now);
    }

    /**
     * Every URL of the range must be accounted for, each with one outcome (see
     * {@code FetchOutcome.ofUrl}): the succeeded and failed counts follow from those.
     * {@code fetchStarted} is when its fetching began, its start from now on: a batch begun ahead
     * of its due time shows that due time as its start until it is completed.
     */
    public BatchTally complete(Instant now, Instant fetchStarted, OutcomeCounts urlOutcomes, boolean jobExhausted) {
        if (status != BatchStatus.RUNNING) {
            throw new IllegalStateException("batch " + batchNo + " of plan " + planId + " is already " + status);
        }
        if (urlOutcomes.total() != size()) {
            throw new IllegalArgumentException("batch " + batchNo + " has " + size() + " URLs, got outcomes for "
                    + urlOutcomes.total() + " (" + urlOutcomes + ")");
        }
        succeeded = urlOutcomes.succeeded();
        failed = urlOutcomes.failed();
        startedAt = Objects.requireNonNull(fetchStarted, "fetchStarted");
        outcomes = urlOutcomes;
        finishedAt = now;
        status = BatchStatus.COMPLETED;
        return new BatchTally((int) size(), (int) failed, jobExhausted);
    }

    /** The batch's holder lost its lease; the next holder runs the range again. */
    public void abandon(Instant now) {
        if (status == BatchStatus.RUNNING) {
            status = BatchStatus.ABANDONED;
            finishedAt = now;
        }
    }

    public long size() {
        return urlTo - urlFrom;
    }

    public PlanId planId() {
        return planId;
    }

    public JobId jobId() {
        return jobId;
    }

    public long batchNo() {
        return batchNo;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Optional<Instant> finishedAt() {
        return Optional.ofNullable(finishedAt);
    }

    public long urlFrom() {
        return urlFrom;
    }

    public long urlTo() {
        return urlTo;
    }

    public long succeeded() {
        return succeeded;
    }

    public long failed() {
        return failed;
    }

    /** Per-outcome counts of the batch's URLs; none while running, or for batches older than the counts. */
    public OutcomeCounts outcomes() {
        return outcomes == null ? OutcomeCounts.none() : outcomes;
    }

    public BatchStatus status() {
        return status;
    }

    public String instance() {
        return instance;
    }
}
