package dev.prewarm.domain.plan;

import dev.prewarm.domain.account.AccountId;
import dev.prewarm.domain.job.JobId;
import dev.prewarm.domain.job.UrlRange;
import dev.prewarm.domain.site.SiteId;
import java.time.Instant;

/** A begun batch, stored as running: what the preloader fetches (outside any transaction) before completing it. */
public record PreparedBatch(
        PlanId planId, AccountId accountId, JobId jobId, SiteId siteId, long batchNo, Instant dueAt, UrlRange range) {}
