package dev.prewarm.domain.plan;

/**
 * The holder's lease on a plan is gone (expired and claimed by another instance, released, or the
 * plan deleted): its work must not commit. Not a {@code PrewarmException}: it never reaches an API
 * client, the engine drops the batch and moves on.
 */
public class LeaseLostException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    private final transient Lease lease;

    public LeaseLostException(Lease lease) {
        super("lease version " + lease.version() + " of plan " + lease.planId() + " held by " + lease.owner()
                + " is no longer valid");
        this.lease = lease;
    }

    public Lease lease() {
        return lease;
    }
}
