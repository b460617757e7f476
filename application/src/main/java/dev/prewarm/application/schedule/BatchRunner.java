package dev.prewarm.application.schedule;

import dev.prewarm.application.concurrency.RetryOnConflict;
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
 * {@link #begin} and {@link #complete}, outside any. A {@link LeaseLostException} (unchecked) rolls the step
 * back: the holder lost the plan to another instance and must drop the batch.
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

    protected BatchRunner() {
        // for CDI
    }

    public BatchRunner(
            PlanRepository plans,
            PreloadJobRepository jobs,
            PlanLeases leases,
            SiteRepository sites,
            FetchResultStore results) {
        this.plans = plans;
        this.jobs = jobs;
        this.leases = leases;
        this.sites = sites;
        this.results = results;
    }

    public List<DueLease> claimDueWithin(String owner, int max, Duration leaseFor, Duration lookahead) {
        return leases.claimDueWithin(owner, max, leaseFor, lookahead);
    }

    public boolean heartbeat(Lease lease, Duration leaseFor) {
        return leases.heartbeat(lease, leaseFor);
    }

    public void release(Lease lease) {
        leases.release(lease);
    }

    /** Empty when no batch is due, or the plan has just finished (end of the list, or EndTime passed). */
    public Optional<PreparedBatch> begin(Lease lease) {
        return steps().begin(lease);
    }

    /** The batch's record, its fetch results and its URLs' last outcomes, in one fenced transaction. */
    public void complete(Lease lease, PreparedBatch batch, BatchResults fetched) {
        steps().complete(lease, batch, fetched);
    }

    private LeasedBatches steps() {
        return new LeasedBatches(plans, jobs, leases, sites, results);
    }
}
