package dev.prewarm.domain.task;

import dev.prewarm.domain.account.AccountId;
import java.time.Duration;
import java.util.List;

/**
 * Storage port for claiming instant tasks across instances: a task still Refreshing whose claim
 * is free or expired is taken by one instance (database clock), oldest first.
 */
public interface TaskClaims {
    List<ClaimedTask> claimRefreshing(String owner, int max, Duration claimFor);

    /** One claimed row: the URL at {@code position} of the call {@code taskId}. */
    record ClaimedTask(AccountId account, TaskId taskId, int position) {}
}
