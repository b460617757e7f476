package dev.prewarm.domain.plan;

import java.time.Duration;
import java.util.Objects;

/**
 * A lease taken a little ahead of its plan's batch, with how long until the batch is due by the
 * database's clock (zero when it is due already, or when the plan only needs finishing). The engine
 * starts the batch after {@code dueIn} on its own timer, so a batch starts at its due time rather
 * than at the first tick after it.
 */
public record DueLease(Lease lease, Duration dueIn) {
    public DueLease {
        Objects.requireNonNull(lease, "lease");
        Objects.requireNonNull(dueIn, "dueIn");
        if (dueIn.isNegative()) {
            throw new IllegalArgumentException("dueIn must not be negative, got " + dueIn);
        }
    }
}
