package dev.prewarm.application.schedule;

import dev.prewarm.application.metrics.EngineMetrics;
import dev.prewarm.application.preload.FetchInterruptedException;
import dev.prewarm.application.preload.Preloader;
import dev.prewarm.domain.error.NotFoundException;
import dev.prewarm.domain.fetch.FetchResult;
import dev.prewarm.domain.job.JobUrlStore;
import dev.prewarm.domain.plan.FetchedBatch;
import dev.prewarm.domain.plan.Lease;
import dev.prewarm.domain.plan.LeaseLostException;
import dev.prewarm.domain.plan.PreparedBatch;
import dev.prewarm.domain.result.BatchResults;
import dev.prewarm.domain.url.PreloadUrl;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One batch, begun ahead of its due time (see BatchRunner): at that time fetch its URLs outside any
 * transaction, then complete it with every fetch's result (short fenced
 * transaction that gives the lease up) on the engine's completion threads, together with the other
 * batches fetched meanwhile. A URL counts as succeeded only when every target and
 * variant of it succeeded ({@code FetchOutcome.ofUrl}).
 */
@ApplicationScoped
public class BatchExecution {
    private static final Logger LOG = Logger.getLogger(BatchExecution.class.getName());
    private static final CompletionStage<Void> DONE = CompletableFuture.completedFuture(null);
    /**
     * Fetched batches completed in one transaction at most. H2 (WRITE_DELAY=0) writes, at each
     * commit, every index page the commit changed, and the completions' keys start with the plan,
     * so a second's batches touch pages all over each index: fewer, larger commits write each page
     * once for more batches. Measured with 1,000 one-URL batches a second (bench/README.md; lag-only
     * runs, p99 start lag, wrk's p99 for the same bursts in brackets): groups of 32 fell behind in
     * stretches, completions ending 1 to 2.5 s after the slot and the plans' next batches late with
     * them (434 and 482 ms, hundreds of slots missed); 64 gave 92 to 314 ms; 256 gave 92 (59) and
     * 125 (85) ms. 1,024 (session 10, once the fence took more than 500 leases) was no better: 141
     * (62) and 118 (47) ms. A plan's row stays locked until its group commits, and its next batch
     * cannot be begun meanwhile, so a larger group holds its first plans longer.
     */
    static final int COMPLETION_GROUP = 256;

    /**
     * Fetch results a group stores at most (a batch with more is completed alone): a group of large
     * batches stays a short transaction.
     */
    static final int COMPLETION_GROUP_RESULTS = 2_048;

    /** {@link #COMPLETION_GROUP_RESULTS}, but for tests. */
    int completionGroupResults = COMPLETION_GROUP_RESULTS;

    /** Fetched batches waiting for a completion thread. */
    private final Queue<Pending> fetched = new ConcurrentLinkedQueue<>();

    /**
     * A batch never runs longer than this, whatever the plan's Interval: what is still fetching then
     * is cancelled and recorded as {@code timeout} ("batch deadline"). Ten minutes unless the operator
     * says otherwise ({@code PREWARM_ENGINE_BATCH_DEADLINE_SECONDS}).
     */
    @Inject
    @ConfigProperty(name = "prewarm.engine.batch-deadline-seconds", defaultValue = "600")
    long batchDeadlineSeconds;

    @Inject
    BatchRunner runner;

    @Inject
    Preloader preloader;

    @Inject
    Clock clock;

    @Inject
    EngineMetrics metrics;

    /** Fails the start on a deadline that would end every batch before its first fetch. */
    void requireValidSettings() {
        if (batchDeadlineSeconds < 1) {
            throw new IllegalStateException(
                    "prewarm.engine.batch-deadline-seconds must be at least 1, got " + batchDeadlineSeconds);
        }
    }

    /**
     * Fetches a batch begun ahead of its due time on the calling thread, then leaves its completion
     * to {@code completions}: the thread is free for the next due batch while the results are
     * saved, together with the other batches fetched meanwhile. {@code dueNanos} is the batch's
     * start time on {@link System#nanoTime}'s scale: the fetching starts now, and how late that is
     * is what its completion records as its start. The stage completes once the lease is no longer
     * this batch's (given up with the completion, or after a failure); the heartbeat keeps it until
     * then.
     */
    CompletionStage<Void> run(
            Lease lease,
            StartedBatch begun,
            long dueNanos,
            Duration leaseFor,
            ScheduledExecutorService heartbeats,
            Executor completions) {
        long late = Math.max(0, System.nanoTime() - dueNanos);
        PreparedBatch prepared =
                begun.batch().fetchStartedAt(begun.batch().startedAt().plusNanos(late));
        StartedBatch batch = new StartedBatch(prepared, begun.site(), begun.urls());
        metrics.batchStarted(prepared.startLag());
        long period = Math.max(100, leaseFor.toMillis() / 3);
        AtomicBoolean completed = new AtomicBoolean();
        ScheduledFuture<?> heartbeat;
        try {
            heartbeat = heartbeats.scheduleAtFixedRate(
                    () -> beat(lease, leaseFor, completed), period, period, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopping) { // the engine stopped as the batch started
            failed(lease, stopping);
            return DONE;
        }
        try {
            BatchResults results = fetch(batch);
            // Beats go on through the completion: saving a large batch's results can outlast a
            // short lease. A beat after the completion gave the lease up changes nothing.
            Pending pending = new Pending(new FetchedBatch(lease, batch.batch(), results), completed);
            fetched.add(pending);
            try {
                completions.execute(this::completeFetched);
            } catch (RejectedExecutionException stopping) {
                if (fetched.remove(pending)) { // else a completion thread has it already
                    throw stopping;
                }
            }
            return pending.done().whenComplete((ignored, error) -> heartbeat.cancel(false));
        } catch (RuntimeException e) { // the fetching stopped, or the completions no longer run
            heartbeat.cancel(false);
            failed(lease, e);
            return DONE;
        }
    }

    /**
     * What a completion thread does: complete the fetched batches waiting, in groups of up to
     * {@link #COMPLETION_GROUP} batches and {@link #COMPLETION_GROUP_RESULTS} results, until none is
     * left. Each fetched batch asks for one such run, so none is left waiting; a run that finds the
     * queue emptied by another ends at once.
     */
    void completeFetched() {
        Pending carried = null; // taken, but over its group's results: the next group's first
        try {
            while (true) {
                List<Pending> group = new ArrayList<>(COMPLETION_GROUP);
                long results = 0;
                for (Pending next = carried != null ? carried : fetched.poll(); next != null; next = fetched.poll()) {
                    carried = null;
                    if (!group.isEmpty() && results + next.resultCount() > completionGroupResults) {
                        carried = next;
                        break;
                    }
                    group.add(next);
                    results += next.resultCount();
                    if (group.size() == COMPLETION_GROUP) {
                        break;
                    }
                }
                if (group.isEmpty()) {
                    return;
                }
                try {
                    completeGroup(group);
                } finally {
                    group.forEach(pending -> pending.done().complete(null));
                }
            }
        } finally {
            if (carried != null) { // an Error ended the run: the batch waits for the next one
                fetched.add(carried);
            }
        }
    }

    /**
     * One transaction for the whole group when it has several; should it fail (one lost lease
     * rolls back them all), each is completed on its own, so the others' results are kept.
     */
    private void completeGroup(List<Pending> group) {
        if (group.size() > 1) {
            try {
                runner.completeAll(group.stream().map(Pending::batch).toList());
                group.forEach(pending -> pending.completed().set(true));
                return;
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "A group of " + group.size() + " completions failed; completing each alone", e);
            }
        }
        for (Pending pending : group) {
            try {
                runner.completeAll(List.of(pending.batch()));
                pending.completed().set(true);
            } catch (RuntimeException e) {
                failed(pending.batch().lease(), e);
            }
        }
    }

    /**
     * A batch begun ahead whose plan no longer runs at its due time: not fetched, its URLs given
     * back to the job where they still can be, and its lease given up. A deleted plan (no lease
     * left to fence) needs nothing.
     */
    void withdraw(Lease lease, PreparedBatch batch) {
        try {
            runner.withdraw(lease, batch);
        } catch (LeaseLostException gone) {
            LOG.fine(() -> "Plan " + lease.planId() + " was deleted before its batch was due");
        } catch (RuntimeException e) {
            failed(lease, e);
        }
    }

    /**
     * Ends the fetches of the batches running now (their threads interrupted by the engine's stop
     * first): a batch fetches on its own thread too, and an interrupt does not end a blocking read.
     */
    void cutShortFetching() {
        preloader.cutShortScheduled();
    }

    /** A fetched batch, whether its completion has given the lease up, and when it is done. */
    private record Pending(FetchedBatch batch, AtomicBoolean completed, CompletableFuture<Void> done) {
        Pending(FetchedBatch batch, AtomicBoolean completed) {
            this(batch, completed, new CompletableFuture<>());
        }

        int resultCount() {
            return batch.results().fetches().size();
        }
    }

    /**
     * After a failed step the lease is given up rather than left to expire, unless it is no longer
     * ours. Begin and complete give it up in their own commits; only a failure needs this. A batch
     * begun but not completed is left running: the plan's next holder fetches its range again.
     */
    void failed(Lease lease, RuntimeException e) {
        if (e instanceof LeaseLostException) {
            LOG.info(() -> "Lease on plan " + lease.planId() + " was lost; another instance has the plan");
            return; // nothing of ours to give up
        }
        if (e instanceof FetchInterruptedException || e instanceof RejectedExecutionException) {
            // The engine is stopping. Completing now would record the URLs not fetched yet as
            // timeouts; left running, the batch is fetched again by the plan's next holder, as
            // after a crash, and giving the lease up lets that be another instance at once.
            LOG.info(() -> "Batch of plan " + lease.planId() + " was stopped with the engine; it runs again");
        } else if (e instanceof NotFoundException) {
            LOG.fine(() -> "Plan " + lease.planId() + " was deleted after it was claimed: " + e.getMessage());
        } else {
            LOG.log(Level.WARNING, "Batch of plan " + lease.planId() + " failed; it is retried", e);
        }
        releaseQuietly(lease);
    }

    /** Keeps the lease while the batch fetches, so a long batch is not taken over and run twice. */
    private void beat(Lease lease, Duration leaseFor, AtomicBoolean completed) {
        try {
            // A beat that finds no lease just after the completion gave it up lost nothing.
            if (!runner.heartbeat(lease, leaseFor) && !completed.get()) {
                LOG.info(() -> "Lease on plan " + lease.planId() + " was lost during its batch");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Heartbeat for plan " + lease.planId() + " failed; the next one tries again", e);
        }
    }

    private BatchResults fetch(StartedBatch started) {
        List<PreloadUrl> urls = started.urls().stream()
                .map(JobUrlStore.PositionedUrl::url)
                .map(PreloadUrl::new)
                .toList();
        Instant deadline = clock.instant().plus(Duration.ofSeconds(batchDeadlineSeconds));
        List<FetchResult> fetched = preloader.fetchAll(started.site(), urls, deadline);
        metrics.fetched(fetched);
        return atJobPositions(started.batch(), started.urls(), fetched);
    }

    /** The preloader numbers URLs by their index in the list it was given; results are kept by job position. */
    static BatchResults atJobPositions(
            PreparedBatch batch, List<JobUrlStore.PositionedUrl> urls, List<FetchResult> fetched) {
        List<Long> positions =
                urls.stream().map(JobUrlStore.PositionedUrl::position).toList();
        List<FetchResult> results = fetched.stream()
                .map(result -> result.atPosition(positions.get((int) result.urlPosition())))
                .toList();
        return new BatchResults(batch.planId(), batch.jobId(), batch.batchNo(), positions, results);
    }

    private void releaseQuietly(Lease lease) {
        // Not on an interrupted thread: H2 closes its file when a thread doing its I/O is interrupted.
        boolean interrupted = Thread.interrupted();
        try {
            runner.release(lease);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Could not release the lease on plan " + lease.planId() + "; it expires", e);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
