package dev.prewarm.application.job;

import dev.prewarm.application.account.Accounts;
import dev.prewarm.application.audit.Audited;
import dev.prewarm.domain.account.AccountId;
import dev.prewarm.domain.error.MissingParameterException;
import dev.prewarm.domain.error.NotFoundException;
import dev.prewarm.domain.job.InsertWay;
import dev.prewarm.domain.job.JobId;
import dev.prewarm.domain.job.JobName;
import dev.prewarm.domain.job.JobUrlStore;
import dev.prewarm.domain.job.PreloadJob;
import dev.prewarm.domain.job.PreloadJobRepository;
import dev.prewarm.domain.job.UrlListIntake;
import dev.prewarm.domain.quota.QuotaPolicy;
import dev.prewarm.domain.site.Site;
import dev.prewarm.domain.site.SiteId;
import dev.prewarm.domain.site.SiteRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;

/**
 * Creates preload jobs from URL lists. The list streams through the domain's intake into storage
 * in one transaction: the job exists with all its URLs, or (no valid URL, a limit hit, a crash)
 * nothing of it exists.
 */
@ApplicationScoped
@Transactional
public class JobIngestion {
    private final SecureRandom random = new SecureRandom();

    @Inject
    PreloadJobRepository jobs;

    @Inject
    SiteRepository sites;

    @Inject
    JobUrlStore urlStore;

    @Inject
    Accounts accounts;

    @Inject
    Clock clock;

    /** {@code CreateScheduledPreloadJob} with {@code InsertWay=textBox}. */
    @Audited("job.create")
    public PreloadJob createFromText(AccountId owner, SiteId siteId, JobName name, String urlList) {
        if (urlList == null || urlList.isBlank()) {
            throw MissingParameterException.of("UrlList");
        }
        QuotaPolicy policy = accounts.policyFor(owner);
        policy.ensureUrlListSize(urlList.getBytes(StandardCharsets.UTF_8).length);
        return ingest(owner, siteId, name, InsertWay.TEXT_BOX, new StringReader(urlList), policy);
    }

    /** Any streamed list (uploaded file, downloaded OSS file or sitemap URLs) of the given way. */
    @Audited("job.create")
    public PreloadJob createFromStream(AccountId owner, SiteId siteId, JobName name, InsertWay way, Reader lines) {
        return ingest(owner, siteId, name, way, lines, accounts.policyFor(owner));
    }

    /**
     * Fails as creating a job would (unknown site, no job slot left) without creating one: checked
     * before a remote list is downloaded for nothing, and checked again when it is ingested.
     */
    public void ensureRoomForJob(AccountId owner, SiteId siteId) {
        siteWithRoom(owner, siteId, accounts.policyFor(owner));
    }

    private PreloadJob ingest(
            AccountId owner, SiteId siteId, JobName name, InsertWay way, Reader lines, QuotaPolicy policy) {
        Site site = siteWithRoom(owner, siteId, policy);
        JobId id = JobId.random(random);
        UrlListIntake intake;
        try (JobUrlStore.Writer accepted = urlStore.acceptedWriter(id);
                JobUrlStore.RejectedWriter rejected = urlStore.rejectedWriter(id)) {
            intake = new UrlListIntake(site.domains(), policy.urlsPerJob(), accepted, rejected);
            intake.acceptAll(lines);
        }
        PreloadJob job = PreloadJob.create(id, owner, siteId, name, way, intake.counts(), clock.instant());
        job.attachFiles(id.value(), job.urlCount() > job.urlSubmitted() ? id.value() : null);
        jobs.add(job);
        return job;
    }

    private Site siteWithRoom(AccountId owner, SiteId siteId, QuotaPolicy policy) {
        Site site = sites.find(owner, siteId).orElseThrow(() -> NotFoundException.site(siteId.toString()));
        policy.ensureJobSlot(jobs.countBySite(owner, siteId));
        return site;
    }
}
