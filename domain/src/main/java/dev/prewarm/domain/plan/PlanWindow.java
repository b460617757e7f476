package dev.prewarm.domain.plan;

import dev.prewarm.domain.error.EndTimeBeforeStartException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The StartTime and optional EndTime between which a plan's batches may start. EndTime equal to
 * StartTime is allowed: the contract only rejects an EndTime "earlier than" the StartTime, and
 * such a window holds exactly one slot, batch 0 at StartTime.
 */
public final class PlanWindow {
    private final PlanTime start;
    private final PlanTime end;

    private PlanWindow(PlanTime start, PlanTime end) {
        this.start = Objects.requireNonNull(start, "start");
        this.end = end;
        if (end != null && end.isBefore(start)) {
            throw new EndTimeBeforeStartException(start.instant(), end.instant());
        }
    }

    public static PlanWindow of(PlanTime start, Optional<PlanTime> end) {
        return new PlanWindow(start, end.orElse(null));
    }

    public static PlanWindow from(PlanTime start) {
        return new PlanWindow(start, null);
    }

    public static PlanWindow between(PlanTime start, PlanTime end) {
        return new PlanWindow(start, Objects.requireNonNull(end, "end"));
    }

    /** The window with the given values replacing these; absent values are kept. */
    public PlanWindow merge(Optional<PlanTime> newStart, Optional<PlanTime> newEnd) {
        return new PlanWindow(newStart.orElse(start), newEnd.orElse(end));
    }

    public PlanWindow withStart(PlanTime newStart) {
        return new PlanWindow(newStart, end);
    }

    public PlanTime start() {
        return start;
    }

    public Optional<PlanTime> end() {
        return Optional.ofNullable(end);
    }

    public Instant startsAt() {
        return start.instant();
    }

    public Optional<Instant> endsAt() {
        return end().map(PlanTime::instant);
    }

    /** True once EndTime lies in the past: no batch may start any more. */
    public boolean hasEndedBy(Instant now) {
        return end != null && now.isAfter(end.instant());
    }

    public boolean contains(Instant moment) {
        return !moment.isBefore(start.instant()) && (end == null || !moment.isAfter(end.instant()));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PlanWindow that && start.equals(that.start) && Objects.equals(end, that.end);
    }

    @Override
    public int hashCode() {
        return Objects.hash(start, end);
    }

    @Override
    public String toString() {
        return "[" + start + ", " + (end == null ? "no end" : end) + "]";
    }
}
