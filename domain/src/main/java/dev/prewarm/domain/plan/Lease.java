package dev.prewarm.domain.plan;

import dev.prewarm.domain.account.AccountId;
import java.time.Instant;
import java.util.Objects;

/**
 * An instance's exclusive, expiring right to run one plan. The version is the fencing token: every
 * claim of the plan raises it, so a holder whose lease was taken over can tell, and its commits
 * are rejected, even if its own clock says the lease is still valid.
 */
public record Lease(PlanId planId, AccountId accountId, String owner, long version, Instant expiresAt) {
    public Lease {
        Objects.requireNonNull(planId, "planId");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (owner == null || owner.isBlank()) {
            throw new IllegalArgumentException("a lease needs an owner, got '" + owner + "'");
        }
    }
}
