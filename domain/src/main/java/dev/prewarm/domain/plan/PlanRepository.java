package dev.prewarm.domain.plan;

import dev.prewarm.domain.account.AccountId;
import dev.prewarm.domain.error.PermissionDeniedException;
import dev.prewarm.domain.job.JobId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Storage port for plans and their batches. Lookups take the account: a plan of another account
 * raises {@link PermissionDeniedException}; an unknown plan is an empty result.
 */
public interface PlanRepository {
    Optional<Plan> find(AccountId account, PlanId id);

    /**
     * Reads the plans into the current transaction in one query, so that each one's {@link #find}
     * after it needs none; for a step that handles many plans at once.
     */
    void load(List<PlanId> ids);

    /** The job's plans, oldest first. */
    List<Plan> listByJob(AccountId account, JobId job);

    long countByJob(JobId job);

    /**
     * Plans of the whole installation by status, statuses without plans left out. Not scoped to an
     * account: it is the operator's metric (/metrics), never shown to an account.
     */
    Map<PlanStatus, Long> countByStatus();

    void add(Plan plan);

    /** Deletes the plan with its batches and results. */
    void remove(Plan plan);

    void addBatch(Batch batch);

    Optional<Batch> findBatch(AccountId account, PlanId plan, long batchNo);

    /** A page of the batches of one plan (or of all plans of the job when plan is null), in order. */
    List<Batch> batches(AccountId account, JobId job, PlanId planOrNull, int offset, int limit);

    long countBatches(AccountId account, JobId job, PlanId planOrNull);
}
