package dev.prewarm.domain.plan;

import dev.prewarm.domain.account.AccountId;
import dev.prewarm.domain.job.JobId;
import dev.prewarm.domain.job.UrlRange;
import dev.prewarm.domain.site.SiteId;
import java.time.Duration;
import java.time.Instant;

/**
 * A begun batch, stored as running: what the preloader fetches (outside any transaction) before
 * completing it. Both times are the database's clock.
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
    /** How late the batch began after its slot, the engine's start lag; zero if it began early. */
    public Duration startLag() {
        Duration lag = Duration.between(dueAt, startedAt);
        return lag.isNegative() ? Duration.ZERO : lag;
    }
}
