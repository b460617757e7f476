package dev.prewarm.application.schedule;

import dev.prewarm.application.concurrency.RetryOnConflict;
import dev.prewarm.domain.error.NotFoundException;
import dev.prewarm.domain.job.JobUrlStore;
import dev.prewarm.domain.job.PreloadJobRepository;
import dev.prewarm.domain.plan.DueLease;
import dev.prewarm.domain.plan.Lease;
import dev.prewarm.domain.plan.LeaseLostException;
import dev.prewarm.domain.plan.LeasedBatches;
import dev.prewarm.domain.plan.PlanLeases;
import dev.prewarm.domain.plan.PlanRepository;
import dev.prewarm.domain.plan.PreparedBatch;
import dev.prewarm.domain.result.BatchResults;
import dev.prewarm.domain.result.FetchResultStore;
import dev.prewarm.domain.site.SiteRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Each step of running plans is one short transaction; the fetching happens between
 * {@link #begin} and {@link #complete}, outside any. A batch is two transactions besides its share
 * of the claim: begin (with everything the fetching needs) and complete (which gives the lease
 * up). A {@link LeaseLostException} (unchecked) rolls the step back: the holder lost the plan to
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
     * The begun batch with its site and URLs, read in the same transaction (the site is already in
     * the persistence context from the begin's check). Empty, with the lease given up, when no batch
     * is due or the plan has just finished (end of the list, or EndTime passed).
     */
    public Optional<StartedBatch> begin(Lease lease) {
        return steps().begin(lease)
                .map(batch -> new StartedBatch(
                        batch,
                        sites.find(batch.accountId(), batch.siteId())
                                .orElseThrow(() ->
                                        NotFoundException.site(batch.siteId().toString())),
                        urls.slice(batch.jobId(), batch.range())));
    }

    /**
     * The batch's record, its fetch results and its URLs' last outcomes, in one fenced transaction
     * that also gives the lease up.
     */
    public void complete(Lease lease, PreparedBatch batch, BatchResults fetched) {
        steps().complete(lease, batch, fetched);
    }

    /**
     * Several fetched batches in one transaction, each completed as by {@link #complete}: one
     * commit instead of one per batch. All or none: a failure of any (a lost lease, a deleted plan)
     * rolls back the whole group, which the caller then completes one by one.
     */
    public void completeAll(List<FetchedBatch> fetched) {
        LeasedBatches steps = steps();
        for (FetchedBatch batch : fetched) {
            steps.complete(batch.lease(), batch.batch(), batch.results());
        }
    }

    private LeasedBatches steps() {
        return new LeasedBatches(plans, jobs, leases, sites, results);
    }
}
