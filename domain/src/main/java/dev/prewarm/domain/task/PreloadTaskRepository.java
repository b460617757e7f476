package dev.prewarm.domain.task;

import dev.prewarm.domain.account.AccountId;
import java.util.List;

/**
 * Storage port for preload tasks. Every query takes the account: another account's tasks are
 * simply not there (tasks are only ever listed, never addressed by id from the API).
 */
public interface PreloadTaskRepository {
    /** Stores the tasks of one call; nothing is visible to others before the transaction commits. */
    void addAll(List<PreloadTask> tasks);

    /** The tasks of one call in submission order; empty for an unknown id or another account's. */
    List<PreloadTask> listByTaskId(AccountId account, TaskId id);

    /** One URL of a call. */
    java.util.Optional<PreloadTask> find(AccountId account, TaskId id, int position);

    /** One page of the account's tasks matching the filter, newest first. */
    List<PreloadTask> page(AccountId account, TaskFilter filter, int offset, int limit);

    long count(AccountId account, TaskFilter filter);
}
