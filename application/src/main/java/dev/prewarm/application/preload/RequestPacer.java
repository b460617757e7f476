package dev.prewarm.application.preload;

import java.time.Duration;
import java.time.Instant;

/**
 * A site's request-rate cap as evenly spaced start slots (a token bucket with a burst of one): each
 * caller reserves the next free slot and waits for it outside the lock.
 */
final class RequestPacer {
    private final Duration spacing;
    private Instant nextSlot = Instant.MIN;

    RequestPacer(int requestsPerSecond) {
        this.spacing = Duration.ofNanos(1_000_000_000L / requestsPerSecond);
    }

    /** How long the caller must wait, from {@code now}, before starting its request. */
    synchronized Duration reserve(Instant now) {
        Instant slot = nextSlot.isAfter(now) ? nextSlot : now;
        nextSlot = slot.plus(spacing);
        return Duration.between(now, slot);
    }
}
