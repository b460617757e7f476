package dev.prewarm.domain.quota;

import dev.prewarm.domain.account.AccessKeyId;

/**
 * Storage port for the token buckets of API calls, one per AccessKey, shared by every instance so
 * that the limit holds for the cluster and not per node. A take reads the bucket under a row lock
 * and writes it back in the same short transaction.
 */
public interface ApiCallBuckets {
    /**
     * The AccessKey's bucket, locked until the transaction ends; a key without one gets {@code
     * whenAbsent} stored first. Safe against concurrent callers: they all lock the same one row.
     */
    TokenBucket lock(AccessKeyId key, TokenBucket whenAbsent);

    /** Writes the bucket {@link #lock} returned, after a call took a token from it. */
    void store(AccessKeyId key, TokenBucket bucket);
}
