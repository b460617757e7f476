package dev.prewarm.application.task;

import dev.prewarm.application.concurrency.ManagedResources;
import dev.prewarm.application.preload.FetchInterruptedException;
import dev.prewarm.application.preload.Preloader;
import dev.prewarm.domain.fetch.FetchResult;
import dev.prewarm.domain.task.TaskClaims.ClaimedTask;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The lane of instant tasks (PreloadCaches): its own tick and its own slots, so a task never
 * waits behind scheduled batches. Tasks are claimed in the database, so instances share them.
 */
@ApplicationScoped
public class InstantLane {
    static final Duration CLAIM = Duration.ofSeconds(120);
    static final Duration DEADLINE = Duration.ofSeconds(60);
    private static final int SLOTS = 16;
    private static final Logger LOG = Logger.getLogger(InstantLane.class.getName());

    @Inject
    TaskRuns runs;

    @Inject
    Preloader preloader;

    @Inject
    Clock clock;

    private final String owner = "prewarm-lane-" + UUID.randomUUID().toString().substring(0, 8);
    private final Semaphore slots = new Semaphore(SLOTS);
    private ManagedExecutorService workers;
    private ScheduledFuture<?> tick;

    /** Starts the lane's tick; called by the start-up sequence with the plan engine. */
    public synchronized void start(long tickMillis) {
        workers = ManagedResources.executor();
        ManagedScheduledExecutorService scheduler = ManagedResources.scheduler();
        tick = scheduler.scheduleWithFixedDelay(this::tick, tickMillis, tickMillis, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    synchronized void stop() {
        if (tick != null) {
            tick.cancel(false);
        }
    }

    private void tick() {
        try {
            int free = slots.availablePermits();
            if (free > 0) {
                for (ClaimedTask claimed : runs.claim(owner, free, CLAIM)) {
                    slots.acquireUninterruptibly();
                    workers.execute(() -> {
                        try {
                            run(claimed);
                        } finally {
                            slots.release();
                        }
                    });
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The instant lane tick failed; the next tick tries again", e);
        }
    }

    private void run(ClaimedTask claimed) {
        try {
            runs.prepare(claimed).ifPresent(fetch -> {
                List<FetchResult> results = preloader.fetchAll(
                        List.of(fetch.task().content()),
                        fetch.profile(),
                        fetch.domains(),
                        clock.instant().plus(DEADLINE));
                runs.finish(claimed, results);
            });
        } catch (FetchInterruptedException e) {
            LOG.info(() -> "Instant task " + claimed.taskId()
                    + " was stopped with the lane; its claim expires and it runs again");
        } catch (RuntimeException e) {
            LOG.log(
                    Level.WARNING,
                    "Instant task " + claimed.taskId() + " failed; its claim expires and it runs again",
                    e);
        }
    }
}
