package dev.prewarm.application.preload;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Slots for fetches in flight, held one per fetch, retries included, so a URL waiting out a
 * back-off keeps its place rather than starting over behind the queue. The preloader's own are the
 * instance-wide cap on scheduled fetches (PRODUCT.md §3: concurrency bounded per site and
 * globally), shared by every batch; each site's gate has slots of its own ({@link SiteGate}), taken
 * first. Instant tasks take no global slot: their lane must never wait behind scheduled batches.
 */
final class FetchSlots {
    private final int size;
    private final Semaphore permits;

    FetchSlots(int size) {
        this(size, "prewarm.engine.global-concurrency");
    }

    /** Slots of another cap (a site's concurrency), named in the refusal of a size below one. */
    FetchSlots(int size, String cap) {
        if (size < 1) {
            throw new IllegalArgumentException(cap + " must be at least 1, got " + size);
        }
        this.size = size;
        this.permits = new Semaphore(size, true);
    }

    int size() {
        return size;
    }

    /** Waits for a free slot until the deadline; false when none came free in time or the wait was cut short. */
    boolean acquireBefore(Instant deadline, Clock clock) {
        long millis = Duration.between(clock.instant(), deadline).toMillis();
        if (millis <= 0) {
            return false;
        }
        try {
            return permits.tryAcquire(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    void release() {
        permits.release();
    }
}
