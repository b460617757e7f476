package dev.prewarm.application.schedule;

import dev.prewarm.domain.plan.DueLease;
import java.util.Objects;
import java.util.Optional;

/**
 * A lease claimed a little ahead of its plan's due batch, and that batch, begun already so that at
 * its due time only the fetching is left. Empty when nothing was begun (the plan finished, failed,
 * or has nothing due): the lease was then given up in the same commit.
 */
public record Reservation(DueLease claim, Optional<StartedBatch> batch) {
    public Reservation {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(batch, "batch");
    }
}
