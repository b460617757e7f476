package dev.prewarm.application.schedule;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * The engine's completion threads as the batches see them: each completion first lets the batches
 * that are due and waiting for a batch thread have the CPU, for at most {@code maxHold}.
 *
 * <p>Why: completions (H2's commits) are most of the engine's CPU. Run during a burst of due
 * batches — at 1,000 plans of Interval 1 s, 1,000 batches fall due at once — they took the cores
 * the fetches needed, and each stalled commit held the next tick's claims back: a second in ten
 * started 0.5–1.2 s late. Held until the burst has started, the completions of a whole second
 * also run in a few large groups rather than many small ones. The bound keeps results flowing when
 * the batch threads never catch up.
 */
final class CompletionsAfterDueBatches implements Executor {
    private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

    private final Executor completions;
    private final BooleanSupplier dueBatchesWaiting;
    private final long maxHoldNanos;

    CompletionsAfterDueBatches(Executor completions, BooleanSupplier dueBatchesWaiting, Duration maxHold) {
        this.completions = completions;
        this.dueBatchesWaiting = dueBatchesWaiting;
        this.maxHoldNanos = maxHold.toNanos();
    }

    @Override
    public void execute(Runnable completion) {
        completions.execute(() -> {
            yieldToDueBatches();
            completion.run();
        });
    }

    /** Polls rather than waits on a signal: the batch pool's queue has none, and a hold is short. */
    private void yieldToDueBatches() {
        long until = System.nanoTime() + maxHoldNanos;
        while (dueBatchesWaiting.getAsBoolean() && System.nanoTime() - until < 0) {
            LockSupport.parkNanos(POLL_NANOS);
        }
    }
}
