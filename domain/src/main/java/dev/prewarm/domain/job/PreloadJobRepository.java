package dev.prewarm.domain.job;

import dev.prewarm.domain.account.AccountId;
import dev.prewarm.domain.error.PermissionDeniedException;
import dev.prewarm.domain.site.SiteId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Storage port for preload jobs. Lookups take the account: a job of another account raises
 * {@link PermissionDeniedException}; an unknown job is an empty result.
 */
public interface PreloadJobRepository {
    Optional<PreloadJob> find(AccountId account, JobId id);

    /**
     * As {@link #find}, and locks the job for the rest of the transaction: the plans of one job
     * advance its one cursor one after the other instead of failing each other's commits.
     */
    Optional<PreloadJob> findForUpdate(AccountId account, JobId id);

    /**
     * Reads the jobs into the current transaction in one query, so that each one's {@link #find}
     * after it needs none; for a step that handles many jobs at once.
     */
    void load(List<JobId> ids);

    void add(PreloadJob job);

    /** Deletes the job with its URL list, rejected lines, plans, batches and results. */
    void remove(PreloadJob job);

    long countBySite(AccountId account, SiteId site);

    /** One page of a site's jobs created within [from, to] (either bound optional), newest first. */
    List<PreloadJob> pageBySite(AccountId account, SiteId site, JobWindow window, int offset, int limit);

    long countBySite(AccountId account, SiteId site, JobWindow window);

    /** An inclusive creation-time window; a null bound is open. */
    record JobWindow(Instant from, Instant to) {
        public static JobWindow all() {
            return new JobWindow(null, null);
        }
    }
}
