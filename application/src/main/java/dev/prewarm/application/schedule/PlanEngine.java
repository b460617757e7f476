package dev.prewarm.application.schedule;

import dev.prewarm.application.concurrency.ManagedResources;
import dev.prewarm.domain.plan.DueLease;
import dev.prewarm.domain.plan.Lease;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The light tick of each instance: claim the plans whose batch is due or falls due before the
 * tick after next (leases in the database, so several instances share the work), start each
 * batch at its due time on this instance's timer, begin and fetch it on the batch pool and
 * complete it on the completion pool. All schedule state is in the database; this class only
 * keeps the tick, the timer and the pools.
 *
 * <p>Claiming ahead is what keeps the start lag small: a batch waits for its due time, not for the
 * first tick after it. The pools are Prewarm's own, made from the platform's managed thread
 * factory, so their sizes are the settings below and not a server default.
 */
@ApplicationScoped
public class PlanEngine {
    private static final Logger LOG = Logger.getLogger(PlanEngine.class.getName());
    private static final int MAX_NAME = 64;
    /** Timer threads: the tick, the starts at due times and the heartbeats; none of them blocks long. */
    private static final int TIMER_THREADS = 2;
    /**
     * Started this much after the due time the database gave, so the batch's own check of the
     * database clock never finds it a hair early and gives the slot back.
     */
    private static final long START_MARGIN_MILLIS = 2;
    /** How long a stop waits for the interrupted batches to give their leases up. */
    private static final long STOP_WAIT_SECONDS = 5;
    /**
     * Threads saving fetched batches (the completions), apart from the batch threads so a burst of
     * due batches begins without waiting behind them; one per core of the 2-core reference box.
     */
    private static final int COMPLETION_THREADS = 2;

    @Inject
    BatchRunner runner;

    @Inject
    BatchExecution execution;

    @Inject
    @ConfigProperty(name = "prewarm.engine.tick-millis", defaultValue = "250")
    long tickMillis;

    /** Batches fetching at once on this instance (the batch pool's threads). */
    @Inject
    @ConfigProperty(name = "prewarm.engine.max-batches", defaultValue = "16")
    int maxBatches;

    /** Leases this instance holds at once: batches waiting for their due time or running. */
    @Inject
    @ConfigProperty(name = "prewarm.engine.max-claimed", defaultValue = "512")
    int maxClaimed;

    /** How long a claim holds without a heartbeat; a dead instance's plans are taken over after it. */
    @Inject
    @ConfigProperty(name = "prewarm.engine.lease-seconds", defaultValue = "60")
    long leaseSeconds;

    /**
     * Names this instance in leases and in each batch's record (which instance ran it); distinct
     * per instance. Unset, a random name is made at each start.
     */
    @Inject
    @ConfigProperty(name = "prewarm.instance.name")
    Optional<String> instanceName;

    private String owner;
    private Duration lease;
    private Duration lookahead;
    private Semaphore claims;
    private ExecutorService batches;
    private ExecutorService completions;
    private ScheduledExecutorService timer;
    /** Claimed leases whose batch has not started yet: given up at stop, not left to expire. */
    private final Set<Lease> waiting = ConcurrentHashMap.newKeySet();

    /** Starts the tick; called once by the start-up sequence after the schema is migrated. */
    public void start() {
        start(ManagedResources.threadFactory());
    }

    /** As {@link #start()}, on threads from {@code threads} (the tests' own, outside a server). */
    synchronized void start(ThreadFactory threads) {
        owner = instanceName
                .filter(name -> !name.isBlank())
                .orElseGet(() -> "prewarm-" + UUID.randomUUID().toString().substring(0, 8));
        if (owner.length() > MAX_NAME) { // the lease_owner column
            throw new IllegalStateException(
                    "prewarm.instance.name has " + owner.length() + " characters, at most " + MAX_NAME + ": " + owner);
        }
        requireAtLeastOne("prewarm.engine.tick-millis", tickMillis);
        requireAtLeastOne("prewarm.engine.max-batches", maxBatches);
        requireAtLeastOne("prewarm.engine.max-claimed", maxClaimed);
        execution.requireValidSettings();
        lease = Duration.ofSeconds(leaseSeconds);
        lookahead = Duration.ofMillis(2 * tickMillis);
        claims = new Semaphore(maxClaimed);
        batches = new ThreadPoolExecutor(
                maxBatches, maxBatches, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), threads);
        // Unbounded queue, bounded all the same: a batch keeps its claim until it is completed.
        completions = new ThreadPoolExecutor(
                COMPLETION_THREADS, COMPLETION_THREADS, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), threads);
        timer = new ScheduledThreadPoolExecutor(TIMER_THREADS, threads);
        timer.scheduleWithFixedDelay(this::tick, tickMillis, tickMillis, TimeUnit.MILLISECONDS);
        LOG.info(() -> "Plan engine " + owner + " started: tick every " + tickMillis + " ms, " + maxBatches
                + " batches at once, " + maxClaimed + " claimed at most");
    }

    /**
     * Stops claiming and drops the batches not started yet, giving their leases up so that another
     * instance takes the plans over at its next tick rather than after the lease time (a rolling
     * restart would otherwise miss up to a lease's worth of slots). Batches already fetching are
     * interrupted: each gives its lease up and is left running, so it is fetched again whole by the
     * plan's next holder (see BatchExecution). Batches already fetched are completed first.
     */
    @PreDestroy
    synchronized void stop() {
        if (timer == null) {
            return;
        }
        timer.shutdownNow();
        batches.shutdownNow();
        // A tick in progress may still be scheduling what it claimed.
        awaitQuietly(timer, 2);
        // The interrupted batches give their leases up on their own threads: while the
        // application, and its datasource, is still there to do it.
        awaitQuietly(batches, STOP_WAIT_SECONDS);
        // Batches already fetched are saved, not fetched again by the next holder.
        completions.shutdown();
        awaitQuietly(completions, STOP_WAIT_SECONDS);
        for (Lease claimed : waiting) {
            try {
                runner.release(claimed);
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "Could not give up the lease on plan " + claimed.planId() + "; it expires", e);
            }
        }
        waiting.clear();
    }

    private void tick() {
        try {
            int free = claims.availablePermits();
            if (free > 0) {
                for (DueLease claimed : runner.claimDueWithin(owner, free, lease, lookahead)) {
                    claims.acquireUninterruptibly(); // only the tick acquires: never waits
                    waiting.add(claimed.lease());
                    timer.schedule(
                            () -> startBatch(claimed.lease()),
                            claimed.dueIn().toMillis() + START_MARGIN_MILLIS,
                            TimeUnit.MILLISECONDS);
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The plan engine tick failed; the next tick tries again", e);
        }
    }

    private void startBatch(Lease claimed) {
        try {
            batches.execute(() -> {
                if (!waiting.remove(claimed)) {
                    claims.release(); // given up by stop() meanwhile
                    return;
                }
                CompletionStage<Void> batch;
                try {
                    batch = execution.run(claimed, lease, timer, completions);
                } catch (RuntimeException | Error e) {
                    claims.release();
                    throw e;
                }
                // The claim is kept until the batch's completion has given the lease up.
                batch.whenComplete((done, error) -> claims.release());
            });
        } catch (RejectedExecutionException stopping) {
            claims.release(); // shutting down: stop() gives the lease up
        }
    }

    private static void awaitQuietly(ExecutorService pool, long seconds) {
        try {
            pool.awaitTermination(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void requireAtLeastOne(String name, long value) {
        if (value < 1) {
            throw new IllegalStateException(name + " must be at least 1, got " + value);
        }
    }
}
