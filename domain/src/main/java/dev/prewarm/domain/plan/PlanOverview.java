package dev.prewarm.domain.plan;

import dev.prewarm.domain.account.AccountId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Read-only views across all plans of an account, for the dashboard. */
public interface PlanOverview {
    /** Plans in these states, most recently changed first. */
    List<Plan> plansIn(AccountId account, Set<PlanStatus> statuses, int limit);

    /** How many plans the account has in each state; states without plans are absent. */
    Map<PlanStatus, Long> countByStatus(AccountId account);

    /** Batches of the account's plans that finished at or after the instant, oldest first. */
    List<Batch> batchesFinishedSince(AccountId account, Instant since);
}
