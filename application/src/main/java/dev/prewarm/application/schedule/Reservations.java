package dev.prewarm.application.schedule;

import java.util.List;

/**
 * What one claim took, and when on {@link System#nanoTime}'s scale: just before the claim read the
 * database's clock, which each reservation's {@code dueIn} counts from. Taken inside the attempt
 * that succeeded, so that a retried claim does not make its batches start early by the time the
 * failed attempts took.
 */
public record Reservations(long claimedAt, List<Reservation> list) {
    public Reservations {
        list = List.copyOf(list);
    }
}
