package dev.prewarm.domain.job;

import dev.prewarm.domain.account.AccountId;
import dev.prewarm.domain.job.PreloadJobRepository.JobWindow;
import dev.prewarm.domain.site.SiteId;
import java.util.List;
import java.util.Optional;

/** Finding an account's jobs for the admin UI: any site or one, by part of the name, in a time window. */
public interface JobSearch {
    /** Empty site: every site of the account; blank name: any name (matched case-insensitively). */
    record JobFilter(Optional<SiteId> site, String nameContains, JobWindow window) {
        public static JobFilter everything() {
            return new JobFilter(Optional.empty(), null, JobWindow.all());
        }
    }

    /** One page of matching jobs, newest first. */
    List<PreloadJob> page(AccountId account, JobFilter filter, int offset, int limit);

    long count(AccountId account, JobFilter filter);
}
