package dev.prewarm.domain.plan;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Storage port for the engine's leases on plans. Leases live beside the plan, not in it: they are
 * about which instance runs a plan, not about the plan. Every time here is the database's clock,
 * the one clock all instances share. Each method runs in the caller's transaction.
 */
public interface PlanLeases {
    /**
     * Leases up to {@code max} plans that need the engine now (a batch due, or EndTime passed) and
     * that nobody holds, or whose lease expired; plans locked by a concurrent claimer are skipped.
     */
    default List<Lease> claimDue(String owner, int max, Duration leaseFor) {
        return claimDueWithin(owner, max, leaseFor, Duration.ZERO).stream()
                .map(DueLease::lease)
                .toList();
    }

    /**
     * As {@link #claimDue}, and also the plans whose next batch falls due within {@code lookahead},
     * each with how long until it is due; the earliest due first.
     */
    List<DueLease> claimDueWithin(String owner, int max, Duration leaseFor, Duration lookahead);

    /**
     * Of the given plans, those still {@code running} under a lease of {@code owner}: the engine
     * checks this at a due time before it starts the batches it began ahead, so that a Stop or a
     * Delete since then starts nothing.
     */
    Set<PlanId> stillRunning(String owner, List<PlanId> plans);

    /** Extends the lease from now; false when it is no longer the holder's (taken over, released). */
    boolean heartbeat(Lease lease, Duration leaseFor);

    /** Gives the plan up, if the lease is still the holder's; the version stays, as a fencing token must. */
    void release(Lease lease);

    /**
     * {@link #release} for leases this transaction has fenced ({@link #fenceAll}), in as few
     * statements as the database allows.
     */
    void releaseAll(List<Lease> fenced);

    /**
     * Locks the plan for the rest of the transaction if the lease is still the holder's, so nothing
     * can take the lease over before the holder's work commits, and says the database's time; one
     * statement, as it starts every step of every batch.
     *
     * @return the database's current time
     * @throws LeaseLostException otherwise
     */
    default Instant fence(Lease lease) {
        return fenceAll(List.of(lease));
    }

    /**
     * {@link #fence} for several leases, in as few statements as the database allows: all are
     * held, or {@link LeaseLostException} names the first that is not.
     */
    Instant fenceAll(List<Lease> leases);

    /** The database's current time. */
    Instant databaseNow();
}
