package dev.prewarm.domain.plan;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Slot arithmetic of one plan: slot k is due at {@code anchor + k·Interval} (k ≥ 0), and only
 * slots inside the window count. The anchor is the StartTime until an Update moves it (see {@link
 * Plan}); it never lies before the StartTime, so every slot respects "never before StartTime".
 */
public record SlotClock(Instant anchor, Interval interval, PlanWindow window) {
    public SlotClock {
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(window, "window");
        if (anchor.isBefore(window.startsAt())) {
            throw new IllegalArgumentException("anchor " + anchor + " lies before the window " + window);
        }
    }

    public Instant slot(long k) {
        return anchor.plusSeconds(k * interval.seconds());
    }

    /** The earliest slot at or after the given moment, if one lies in the window. */
    public Optional<Instant> firstAtOrAfter(Instant moment) {
        return inWindow(ceilIndex(moment));
    }

    /** The earliest slot strictly after the given moment: where a plan resumes after now. */
    public Optional<Instant> firstAfter(Instant moment) {
        return inWindow(floorIndex(moment) + 1);
    }

    /** The latest slot at or before the given moment, if one lies in the window. */
    public Optional<Instant> latestAtOrBefore(Instant moment) {
        long k = floorIndex(moment);
        if (k < 0) {
            return Optional.empty();
        }
        Instant slot = slot(k);
        Optional<Instant> end = window.endsAt();
        if (end.isPresent() && slot.isAfter(end.get())) {
            return latestAtOrBefore(end.get());
        }
        return Optional.of(slot);
    }

    /** Number of slots in the window with {@code from ≤ slot < to}. */
    public long countBetween(Instant from, Instant to) {
        long upper = ceilIndex(to);
        Optional<Instant> end = window.endsAt();
        if (end.isPresent()) {
            upper = Math.min(upper, floorIndex(end.get()) + 1);
        }
        return Math.max(0, upper - ceilIndex(from));
    }

    /**
     * When the next batch is due, given that slots at or before {@code done} have already run (null
     * when none has). A slot already due (late by less than one Interval) is due at once; the
     * slots older than it are neither run nor counted here. Empty when no slot is left.
     */
    public Optional<Instant> dueAfter(Instant done, Instant now) {
        Instant floor = done == null ? anchor : done;
        Optional<Instant> first = done == null ? firstAtOrAfter(floor) : firstAfter(floor);
        if (first.isEmpty() || first.get().isAfter(now)) {
            return first;
        }
        return latestAtOrBefore(now);
    }

    private Optional<Instant> inWindow(long k) {
        Instant slot = slot(Math.max(0, k));
        return window.contains(slot) ? Optional.of(slot) : Optional.empty();
    }

    /** Index of the latest slot at or before the moment; negative before the anchor. */
    private long floorIndex(Instant moment) {
        Duration since = Duration.between(anchor, moment);
        return Math.floorDiv(since.getSeconds(), interval.seconds());
    }

    /** Index of the earliest slot at or after the moment, never below 0. */
    private long ceilIndex(Instant moment) {
        Duration since = Duration.between(anchor, moment);
        if (since.isNegative()) {
            return 0;
        }
        long whole = Math.floorDiv(since.getSeconds(), interval.seconds());
        boolean onSlot = since.getSeconds() % interval.seconds() == 0 && since.getNano() == 0;
        return onSlot ? whole : whole + 1;
    }
}
