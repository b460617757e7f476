package dev.prewarm.domain.idempotency;

import java.time.Instant;
import java.util.Optional;

/**
 * Storage port for the responses of calls made with a ClientToken, shared by every instance. A
 * call first claims its key, then runs, then completes the claim with its response, all in the
 * transaction that creates its objects: a failed call leaves no trace, a committed one both.
 */
public interface IdempotentResponses {
    /**
     * Claims the key for a call about to run. Safe against concurrent callers: exactly one claims
     * a key; on PostgreSQL the others wait until the claimant's transaction ends.
     *
     * @return {@code true} when this transaction now holds the key
     */
    boolean claim(IdempotencyKey key, ParameterFingerprint fingerprint, Instant at);

    /** Stores the response of the call that claimed the key in this transaction. */
    void complete(IdempotencyKey key, String body);

    /** The committed response for the key; empty when unknown or still being produced. */
    Optional<StoredResponse> find(IdempotencyKey key);

    /** @return how many responses first stored before {@code cutoff} were removed */
    int purgeOlderThan(Instant cutoff);
}
