package dev.prewarm.application.job;

import dev.prewarm.domain.account.AccountId;
import dev.prewarm.domain.job.JobSearch;
import dev.prewarm.domain.job.JobSearch.JobFilter;
import dev.prewarm.domain.job.PreloadJob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** Listing an account's jobs for the admin UI, one database page at a time. */
@ApplicationScoped
@Transactional
public class JobBrowsing {
    @Inject
    JobSearch search;

    public List<PreloadJob> page(AccountId owner, JobFilter filter, int offset, int limit) {
        return search.page(owner, filter, offset, limit);
    }

    public long count(AccountId owner, JobFilter filter) {
        return search.count(owner, filter);
    }
}
