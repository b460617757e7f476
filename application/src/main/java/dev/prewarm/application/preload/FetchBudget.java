package dev.prewarm.application.preload;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.hc.core5.concurrent.Cancellable;

/**
 * A batch's deadline as the fetches see it: no retry waits past it, and when it passes the batch
 * cancels the exchanges still running, so their threads return at once instead of at a read timeout.
 */
final class FetchBudget {
    private final Instant deadline;
    private final Set<Cancellable> inFlight = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean expired = new AtomicBoolean();

    FetchBudget(Instant deadline) {
        this.deadline = deadline;
    }

    static FetchBudget unbounded() {
        return new FetchBudget(Instant.MAX);
    }

    /** Whether something started at {@code now} and lasting {@code wait} would end after the deadline. */
    boolean wouldPass(Instant now, Duration wait) {
        return expired.get() || !now.plus(wait).isBefore(deadline);
    }

    boolean expired() {
        return expired.get();
    }

    void track(Cancellable exchange) {
        inFlight.add(exchange);
        if (expired.get()) {
            exchange.cancel();
        }
    }

    void untrack(Cancellable exchange) {
        inFlight.remove(exchange);
    }

    void expire() {
        expired.set(true);
        inFlight.forEach(Cancellable::cancel);
    }
}
