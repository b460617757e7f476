package dev.prewarm.application.schedule;

import dev.prewarm.application.concurrency.ManagedResources;
import dev.prewarm.domain.plan.DueLease;
import dev.prewarm.domain.plan.Lease;
import dev.prewarm.domain.plan.PlanId;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
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
 * tick after next (leases in the database, so several instances share the work) and begin those
 * batches, all in one transaction; at each due time, check that their plans still run and fetch
 * them on the batch pool; complete them on the completion pool. All schedule state is in the
 * database; this class only keeps the tick, the timer and the pools.
 *
 * <p>Beginning ahead is what keeps the start lag small: at its due time a batch only waits for a
 * batch thread, not for the first tick after it nor for its begin's transaction. The cost is that
 * a plan turns {@code running}, and its cursor moves, up to the lookahead (two ticks) before its
 * batch's due time. The pools are Prewarm's own, made from the platform's managed thread factory,
 * so their sizes are the settings below and not a server default.
 */
@ApplicationScoped
public class PlanEngine {
    private static final Logger LOG = Logger.getLogger(PlanEngine.class.getName());
    private static final int MAX_NAME = 64;
    /** Timer threads: the tick, the starts at due times and the heartbeats; none of them blocks long. */
    private static final int TIMER_THREADS = 2;
    /**
     * Started this much after the due time mapped onto the timer. The claim's "now" on the timer is
     * taken just before the database reads its clock, so the mapped time can come out a hair early;
     * a batch never starts before its slot.
     */
    private static final long START_MARGIN_NANOS = TimeUnit.MILLISECONDS.toNanos(2);
    /** How long a stop waits for the interrupted batches to give their leases up. */
    private static final long STOP_WAIT_SECONDS = 5;
    /**
     * Threads saving fetched batches (the completions), apart from the batch threads so a burst of
     * due batches begins without waiting behind them; one per core of the 2-core reference box.
     */
    private static final int COMPLETION_THREADS = 2;
    /**
     * How long a completion waits at most while due batches wait for a batch thread (see
     * CompletionsAfterDueBatches): a burst of 1,000 one-URL batches starts in under 100 ms.
     */
    private static final Duration COMPLETION_HOLD = Duration.ofMillis(500);

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
    @ConfigProperty(name = "prewarm.engine.max-claimed", defaultValue = "2048")
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
    /** The completions as batches see them: each waits first while due batches wait to start. */
    private Executor completionsAfterDueBatches;

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
        BlockingQueue<Runnable> dueBatches = new LinkedBlockingQueue<>();
        batches = new ThreadPoolExecutor(maxBatches, maxBatches, 60, TimeUnit.SECONDS, dueBatches, threads);
        // Unbounded queue, bounded all the same: a batch keeps its claim until it is completed.
        completions = new ThreadPoolExecutor(
                COMPLETION_THREADS, COMPLETION_THREADS, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), threads);
        // A stop empties the queue (shutdownNow), so no completion is held through it.
        completionsAfterDueBatches =
                new CompletionsAfterDueBatches(completions, () -> !dueBatches.isEmpty(), COMPLETION_HOLD);
        ScheduledThreadPoolExecutor timerPool = new ScheduledThreadPoolExecutor(TIMER_THREADS, threads);
        // A stop drops the starts and beats not due yet, and lets a tick in its transaction finish.
        timerPool.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        timer = timerPool;
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
        // Not shutdownNow: a tick or a start-time check interrupted in its statement would make H2
        // close its file under every other thread of the instance.
        timer.shutdown();
        batches.shutdownNow();
        execution.cutShortFetching(); // after the interrupts: the batches then know they were stopped
        // A tick in progress may still be claiming and beginning.
        awaitQuietly(timer, STOP_WAIT_SECONDS);
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
            if (free == 0) {
                return;
            }
            Reservations reserved = reserve(free);
            Map<Long, List<Reserved>> byDueTime = new TreeMap<>();
            for (Reservation reservation : reserved.list()) {
                if (reservation.batch().isEmpty()) {
                    continue; // nothing to fetch: its begin gave the lease up
                }
                claims.acquireUninterruptibly(); // only the tick acquires: never waits
                Lease claimed = reservation.claim().lease();
                waiting.add(claimed);
                long dueNanos =
                        reserved.claimedAt() + reservation.claim().dueIn().toNanos();
                byDueTime
                        .computeIfAbsent(dueNanos, due -> new ArrayList<>())
                        .add(new Reserved(claimed, reservation.batch().get(), dueNanos));
            }
            for (Map.Entry<Long, List<Reserved>> due : byDueTime.entrySet()) {
                long delay = Math.max(0, due.getKey() - System.nanoTime()) + START_MARGIN_NANOS;
                timer.schedule(() -> startAll(due.getValue()), delay, TimeUnit.NANOSECONDS);
            }
        } catch (RejectedExecutionException stopping) {
            LOG.fine("The engine stopped during a tick; stop() gives up what it claimed");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The plan engine tick failed; the next tick tries again", e);
        }
    }

    /**
     * Claims and begins the due plans in one transaction; should that fail (one plan's begin rolls
     * back all the claims), claims them and begins each in its own, so one bad plan does not stop
     * the others.
     */
    private Reservations reserve(int max) {
        try {
            return runner.claimAndBegin(owner, max, lease, lookahead);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Claiming and beginning together failed; each plan on its own", e);
        }
        long claimedAt = System.nanoTime();
        List<Reservation> reserved = new ArrayList<>();
        for (DueLease claimed : runner.claimDueWithin(owner, max, lease, lookahead)) {
            try {
                reserved.add(new Reservation(claimed, runner.beginAhead(claimed.lease(), lookahead)));
            } catch (RuntimeException e) {
                execution.failed(claimed.lease(), e);
            }
        }
        return new Reservations(claimedAt, reserved);
    }

    /**
     * At their due time: the batches of the plans still running start; those of a plan stopped or
     * deleted since they were begun do not: they are withdrawn, and their leases given up.
     */
    private void startAll(List<Reserved> due) {
        Set<PlanId> running;
        try {
            running = runner.stillRunning(
                    owner, due.stream().map(r -> r.lease().planId()).toList());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not check the plans of " + due.size() + " due batches; they run later", e);
            running = Set.of();
        }
        for (Reserved batch : due) {
            if (running.contains(batch.lease().planId())) {
                startBatch(batch);
            } else if (waiting.remove(batch.lease())) {
                execution.withdraw(batch.lease(), batch.batch().batch());
                claims.release();
            }
        }
    }

    private void startBatch(Reserved reserved) {
        try {
            batches.execute(() -> {
                if (!waiting.remove(reserved.lease())) {
                    claims.release(); // given up by stop() meanwhile
                    return;
                }
                CompletionStage<Void> batch;
                try {
                    batch = execution.run(
                            reserved.lease(),
                            reserved.batch(),
                            reserved.dueNanos(),
                            lease,
                            timer,
                            completionsAfterDueBatches);
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

    /** A batch begun ahead, waiting for its due time ({@code dueNanos}, on System.nanoTime's scale). */
    private record Reserved(Lease lease, StartedBatch batch, long dueNanos) {}

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
