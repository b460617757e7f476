package dev.prewarm.application.schedule;

import dev.prewarm.application.concurrency.RetryOnConflict;
import dev.prewarm.domain.error.NotFoundException;
import dev.prewarm.domain.job.JobUrlStore;
import dev.prewarm.domain.job.PreloadJobRepository;
import dev.prewarm.domain.plan.DueLease;
import dev.prewarm.domain.plan.FetchedBatch;
import dev.prewarm.domain.plan.Lease;
import dev.prewarm.domain.plan.LeaseLostException;
import dev.prewarm.domain.plan.LeasedBatches;
import dev.prewarm.domain.plan.PlanId;
import dev.prewarm.domain.plan.PlanLeases;
import dev.prewarm.domain.plan.PlanRepository;
import dev.prewarm.domain.plan.PreparedBatch;
import dev.prewarm.domain.result.FetchResultStore;
import dev.prewarm.domain.site.SiteRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Each step of running plans is one short transaction; the fetching happens between
 * {@link #claimAndBegin} and {@link #completeAll}, outside any. Each is shared by many batches: the
 * plans claimed at one tick are begun in the claim's transaction, ahead of their due time, and
 * batches fetched at about the same time are completed together ({@link #completeAll}), which
 * gives their leases up. A {@link LeaseLostException} (unchecked) rolls the step back: the holder lost the plan to
 * another instance and must drop the batch.
 */
@ApplicationScoped
@Transactional
@RetryOnConflict
public class BatchRunner {
    @Inject
    PlanRepository plans;

    @Inject
    PreloadJobRepository jobs;

    @Inject
    PlanLeases leases;

    @Inject
    SiteRepository sites;

    @Inject
    FetchResultStore results;

    @Inject
    JobUrlStore urls;

    public List<DueLease> claimDueWithin(String owner, int max, Duration leaseFor, Duration lookahead) {
        return leases.claimDueWithin(owner, max, leaseFor, lookahead);
    }

    public boolean heartbeat(Lease lease, Duration leaseFor) {
        return leases.heartbeat(lease, leaseFor);
    }

    /** For a batch that could not be completed: its lease is given up rather than left to expire. */
    public void release(Lease lease) {
        leases.release(lease);
    }

    /**
     * Claims the plans whose batch is due or falls due within {@code lookahead}, and begins each
     * one's batch, in one transaction: the claim's row locks fence the begins, and one commit
     * serves them all. All or none: should one plan's begin fail, the claims roll back with it and
     * the caller claims and begins them one by one ({@link #claimDueWithin}, {@link #beginAhead}).
     */
    public Reservations claimAndBegin(String owner, int max, Duration leaseFor, Duration lookahead) {
        long claimedAt = System.nanoTime();
        List<DueLease> claimed = leases.claimDueWithin(owner, max, leaseFor, lookahead);
        if (claimed.isEmpty()) {
            return new Reservations(claimedAt, List.of());
        }
        Instant now = leases.databaseNow();
        Instant horizon = now.plus(lookahead);
        List<Optional<PreparedBatch>> begun =
                steps().beginAllClaimed(claimed.stream().map(DueLease::lease).toList(), now, horizon);
        List<Reservation> reserved = new ArrayList<>(claimed.size());
        for (int i = 0; i < claimed.size(); i++) {
            reserved.add(new Reservation(claimed.get(i), begun.get(i).map(this::withSiteAndUrls)));
        }
        return new Reservations(claimedAt, reserved);
    }

    /**
     * Begins the plan's batch due now or within {@code ahead}, with its site and URLs. Empty, with
     * the lease given up, when no batch is due or the plan has just finished (end of the list, or
     * EndTime passed).
     */
    public Optional<StartedBatch> beginAhead(Lease lease, Duration ahead) {
        return steps().begin(lease, ahead).map(this::withSiteAndUrls);
    }

    /**
     * Which of the plans held by {@code owner} are still running: those the engine may start the
     * batch of, which it begun ahead. A Stop or Delete since then leaves a plan out.
     */
    public Set<PlanId> stillRunning(String owner, List<PlanId> plans) {
        return leases.stillRunning(owner, plans);
    }

    /** See {@link LeasedBatches#withdraw}: the plan of a batch begun ahead was stopped before its due time. */
    public void withdraw(Lease lease, PreparedBatch batch) {
        steps().withdraw(lease, batch);
    }

    /** The site is already in the persistence context from the begin's check. */
    private StartedBatch withSiteAndUrls(PreparedBatch batch) {
        return new StartedBatch(
                batch,
                sites.find(batch.accountId(), batch.siteId())
                        .orElseThrow(() -> NotFoundException.site(batch.siteId().toString())),
                urls.slice(batch.jobId(), batch.range()));
    }

    /**
     * Fetched batches in one transaction, each with its record, its fetch results and its URLs'
     * last outcomes, and their leases given up: one commit for the group. All or none: a failure
     * of any (a lost lease, a deleted plan) rolls back the whole group, which the caller then
     * completes one by one.
     */
    public void completeAll(List<FetchedBatch> fetched) {
        steps().completeAll(fetched);
    }

    private LeasedBatches steps() {
        return new LeasedBatches(plans, jobs, leases, sites, results);
    }
}
