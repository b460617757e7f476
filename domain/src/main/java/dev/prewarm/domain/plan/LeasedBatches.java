package dev.prewarm.domain.plan;

import dev.prewarm.domain.account.AccountId;
import dev.prewarm.domain.error.NotFoundException;
import dev.prewarm.domain.job.JobId;
import dev.prewarm.domain.job.PreloadJob;
import dev.prewarm.domain.job.PreloadJobRepository;
import dev.prewarm.domain.job.UrlRange;
import dev.prewarm.domain.result.BatchResults;
import dev.prewarm.domain.result.FetchResultStore;
import dev.prewarm.domain.site.Site;
import dev.prewarm.domain.site.SiteRepository;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The two transactional halves of running a plan's batch under a lease, around the fetching that
 * happens outside any transaction. Each half first fences the lease, so a holder that lost it
 * commits nothing; the plan's and the job's own rules decide everything else. Whichever half ends
 * the holder's work (a begin that finds nothing to fetch, or the completion) gives the lease up
 * in its own commit, so no third transaction is needed. Time is the database's clock, the one the
 * leases and due times are compared against.
 */
public final class LeasedBatches {
    private final PlanRepository plans;
    private final PreloadJobRepository jobs;
    private final PlanLeases leases;
    private final SiteRepository sites;
    private final FetchResultStore results;

    public LeasedBatches(
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

    /**
     * Begins the plan's due batch: the range of a batch a lost holder left running, else the next
     * slice of the job's cursor. Empty when nothing is to be fetched: not due, or the plan has just
     * finished (cursor at the end, or EndTime passed with the URLs left counted, those of a batch
     * a lost holder left running included); the lease is then given up with the commit.
     */
    public Optional<PreparedBatch> begin(Lease lease) {
        return begin(lease, Duration.ZERO);
    }

    /**
     * As {@link #begin(Lease)}, also for a batch that falls due within {@code ahead}: it is begun
     * now, ahead of its due time, so that at that time only its fetching is left to do. Its record
     * shows the due time as its start until its completion says when the fetching began.
     */
    public Optional<PreparedBatch> begin(Lease lease, Duration ahead) {
        Instant now = leases.fence(lease);
        return beginClaimed(lease, now, now.plus(ahead));
    }

    /**
     * As {@link #begin(Lease, Duration)}, in the transaction that claimed the lease: the plan's row
     * is locked already, so no fence is needed, and {@code now} is the database's clock the claim
     * read. Begins the batch due by {@code horizon}.
     */
    public Optional<PreparedBatch> beginClaimed(Lease lease, Instant now, Instant horizon) {
        Optional<PreparedBatch> begun = begin(lease, now, horizon);
        if (begun.isEmpty()) {
            leases.release(lease);
        }
        return begun;
    }

    /**
     * {@link #beginClaimed} for every lease a claim took in this transaction, in the claim's
     * order. Their jobs are locked first, in the order of their ids: two instances' claims never
     * share a plan, but they do share jobs, and locking those in plan order could deadlock them.
     */
    public List<Optional<PreparedBatch>> beginAllClaimed(List<Lease> claimed, Instant now, Instant horizon) {
        claimed.stream()
                .map(lease -> plans.find(lease.accountId(), lease.planId()))
                .flatMap(Optional::stream)
                .map(plan -> new AccountJob(plan.accountId(), plan.jobId()))
                .distinct()
                .sorted(Comparator.comparing(job -> job.job().value()))
                .forEach(job -> jobs.findForUpdate(job.account(), job.job()));
        return claimed.stream().map(lease -> beginClaimed(lease, now, horizon)).toList();
    }

    private record AccountJob(AccountId account, JobId job) {}

    private Optional<PreparedBatch> begin(Lease lease, Instant now, Instant horizon) {
        Plan plan = plan(lease);
        PreloadJob job = jobs.findForUpdate(lease.accountId(), plan.jobId())
                .orElseThrow(() -> NotFoundException.job(plan.jobId().value()));
        if (plan.status().isSchedulable() && plan.window().hasEndedBy(now)) {
            // A batch lost with its instance is not run after EndTime: its URLs count as unwarmed.
            long lostInFlight =
                    abandonLeftOver(lease, plan, now).map(UrlRange::size).orElse(0L);
            plan.finishAtEnd(now, job.remaining() + lostInFlight);
            return Optional.empty();
        }
        // The batch starts at its due time when that is still ahead, else at once (a late one).
        Instant start = plan.nextBatchDue()
                .filter(due -> due.isAfter(now) && !due.isAfter(horizon))
                .orElse(now);
        if (!plan.isDue(start)) {
            return Optional.empty();
        }
        Optional<String> siteProblem = siteProblem(lease, job);
        if (siteProblem.isPresent()) {
            plan.fail(now, siteProblem.get());
            return Optional.empty();
        }
        Optional<UrlRange> leftOver = abandonLeftOver(lease, plan, now);
        if (leftOver.isEmpty() && job.isExhausted()) {
            plan.finishJobDone(now);
            return Optional.empty();
        }
        BatchSlot slot = plan.beginBatch(start).orElseThrow();
        UrlRange range = leftOver.orElseGet(() -> job.claimNext(plan.sliceLen().value()));
        plans.addBatch(Batch.begin(plan.id(), job.id(), slot, range.from(), range.to(), lease.owner(), start));
        return Optional.of(new PreparedBatch(
                plan.id(), plan.accountId(), job.id(), job.siteId(), slot.batchNo(), slot.dueAt(), start, range));
    }

    /**
     * For a batch begun ahead whose plan was stopped before its due time: its URLs go back to the
     * job's cursor and the batch is recorded abandoned. When another plan of the job has taken URLs
     * after them meanwhile, the batch is left running instead, and the plan fetches it first if it
     * is started again. Either way the lease is given up with the commit.
     */
    public void withdraw(Lease lease, PreparedBatch prepared) {
        Instant now = leases.fence(lease);
        PreloadJob job = jobs.findForUpdate(lease.accountId(), prepared.jobId())
                .orElseThrow(() -> NotFoundException.job(prepared.jobId().value()));
        plans.findBatch(lease.accountId(), lease.planId(), prepared.batchNo())
                .filter(batch -> batch.status() == BatchStatus.RUNNING)
                .filter(batch -> job.giveBack(prepared.range()))
                .ifPresent(batch -> batch.abandon(now));
        leases.release(lease);
    }

    /**
     * Records how the batch went: each URL of its range with its one outcome, and every fetch's
     * result, stored at the completion time on the database clock. Fenced like the rest, so a
     * holder that lost its lease stores no result either. The lease is given up with the commit.
     */
    public void complete(Lease lease, PreparedBatch prepared, BatchResults fetched) {
        completeAll(List.of(new FetchedBatch(lease, prepared, fetched)));
    }

    /**
     * {@link #complete} for several batches in one transaction: one fence for all their leases,
     * one read of their plans and of their jobs, their results stored together, one release. All
     * or none: a lease lost by any of them fails the whole group.
     */
    public void completeAll(List<FetchedBatch> fetched) {
        if (fetched.isEmpty()) {
            return;
        }
        List<Lease> held = fetched.stream().map(FetchedBatch::lease).toList();
        Instant now = leases.fenceAll(held);
        // Read once for the group: the finds below get them from the transaction.
        plans.load(held.stream().map(Lease::planId).distinct().toList());
        jobs.load(
                fetched.stream().map(batch -> batch.batch().jobId()).distinct().toList());
        for (FetchedBatch batch : fetched) {
            record(batch, now);
        }
        results.recordAll(fetched.stream().map(FetchedBatch::results).toList(), now);
        leases.releaseAll(held);
    }

    private void record(FetchedBatch fetched, Instant now) {
        Lease lease = fetched.lease();
        PreparedBatch prepared = fetched.batch();
        Plan plan = plan(lease);
        // Read, not locked: completing never moves the job's cursor.
        PreloadJob job = jobs.find(lease.accountId(), plan.jobId())
                .orElseThrow(() -> NotFoundException.job(plan.jobId().value()));
        Batch batch = plans.findBatch(lease.accountId(), lease.planId(), prepared.batchNo())
                .orElseThrow(() -> new IllegalStateException(
                        "batch " + prepared.batchNo() + " of plan " + lease.planId() + " is not stored"));
        plan.recordBatch(
                now, batch.complete(now, prepared.startedAt(), fetched.results().urlCounts(), job.isExhausted()));
    }

    /**
     * A batch still running under a new lease was lost with its holder: its URLs are fetched again.
     * Only the plan's last batch can be: every begin abandons it, under the same fence, before it
     * adds the next. So one read by key finds it, however many batches the plan has run.
     */
    private Optional<UrlRange> abandonLeftOver(Lease lease, Plan plan, Instant now) {
        long last = plan.progress().batchesBegun();
        if (last == 0) {
            return Optional.empty();
        }
        return plans.findBatch(lease.accountId(), lease.planId(), last)
                .filter(batch -> batch.status() == BatchStatus.RUNNING)
                .map(stale -> {
                    stale.abandon(now);
                    return new UrlRange(stale.urlFrom(), stale.urlTo());
                });
    }

    /** Plans run only on active sites (API.md §5): checked when a batch is due, before any URL is taken. */
    private Optional<String> siteProblem(Lease lease, PreloadJob job) {
        Optional<Site> site = sites.find(lease.accountId(), job.siteId());
        if (site.isEmpty()) {
            return Optional.of("the site " + job.siteId() + " no longer exists");
        }
        return site.get().isActive()
                ? Optional.empty()
                : Optional.of("the site " + job.siteId() + " is "
                        + site.get().status().wireName() + "; plans run only on active sites");
    }

    private Plan plan(Lease lease) {
        return plans.find(lease.accountId(), lease.planId())
                .orElseThrow(() -> NotFoundException.execution(lease.planId().value()));
    }
}
