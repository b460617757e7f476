package dev.prewarm.domain.plan;

import dev.prewarm.domain.account.AccountId;
import dev.prewarm.domain.job.JobId;
import dev.prewarm.domain.job.UrlRange;
import dev.prewarm.domain.site.SiteId;
import java.time.Duration;
import java.time.Instant;

/**
 * A begun batch, stored as running: what the preloader fetches (outside any transaction) before
 * completing it. Both times are the database's clock; {@code startedAt} is when it was begun, or its
 * due time if it was begun ahead, until {@link #fetchStartedAt} says when its fetching began.
 */
public record PreparedBatch(
        PlanId planId,
        AccountId accountId,
        JobId jobId,
        SiteId siteId,
        long batchNo,
        Instant dueAt,
        Instant startedAt,
        UrlRange range) {
    /**
     * The same batch, its fetching begun at {@code moment} (database clock): the start its
     * completion records, for a batch begun ahead of its due time.
     */
    public PreparedBatch fetchStartedAt(Instant moment) {
        return new PreparedBatch(planId, accountId, jobId, siteId, batchNo, dueAt, moment, range);
    }

    /** How late the batch began after its slot, the engine's start lag; zero if it began early. */
    public Duration startLag() {
        Duration lag = Duration.between(dueAt, startedAt);
        return lag.isNegative() ? Duration.ZERO : lag;
    }
}
