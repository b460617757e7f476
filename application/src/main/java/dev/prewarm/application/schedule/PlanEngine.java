package dev.prewarm.application.schedule;

import dev.prewarm.application.concurrency.ManagedResources;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The light tick of each instance: claim the plans that are due (leases in the database, so
 * several instances share the work), and run each claimed batch on the batch pool. All schedule
 * state is in the database; this class only keeps the tick and counts its running batches.
 */
@ApplicationScoped
public class PlanEngine {
    private static final Logger LOG = Logger.getLogger(PlanEngine.class.getName());
    private static final int MAX_NAME = 64;

    @Inject
    BatchRunner runner;

    @Inject
    BatchExecution execution;

    @Inject
    @ConfigProperty(name = "prewarm.engine.tick-millis", defaultValue = "500")
    long tickMillis;

    @Inject
    @ConfigProperty(name = "prewarm.engine.max-batches", defaultValue = "8")
    int maxBatches;

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
    private Semaphore slots;
    private ManagedExecutorService batches;
    private ManagedScheduledExecutorService scheduler;
    private ScheduledFuture<?> tick;

    /** Starts the tick; called once by the start-up sequence after the schema is migrated. */
    public synchronized void start() {
        owner = instanceName
                .filter(name -> !name.isBlank())
                .orElseGet(() -> "prewarm-" + UUID.randomUUID().toString().substring(0, 8));
        if (owner.length() > MAX_NAME) { // the lease_owner column
            throw new IllegalStateException(
                    "prewarm.instance.name has " + owner.length() + " characters, at most " + MAX_NAME + ": " + owner);
        }
        slots = new Semaphore(maxBatches);
        batches = ManagedResources.executor();
        scheduler = ManagedResources.scheduler();
        tick = scheduler.scheduleWithFixedDelay(this::tick, tickMillis, tickMillis, TimeUnit.MILLISECONDS);
        LOG.info(() -> "Plan engine " + owner + " started: tick every " + tickMillis + " ms, " + maxBatches
                + " batches at most");
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
                Duration lease = Duration.ofSeconds(leaseSeconds);
                runner.claimDue(owner, free, lease).forEach(claimed -> {
                    slots.acquireUninterruptibly();
                    batches.execute(() -> {
                        try {
                            execution.run(claimed, lease, scheduler);
                        } finally {
                            slots.release();
                        }
                    });
                });
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The plan engine tick failed; the next tick tries again", e);
        }
    }
}
