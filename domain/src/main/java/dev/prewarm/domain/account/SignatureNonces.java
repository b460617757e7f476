package dev.prewarm.domain.account;

import java.time.Instant;

/**
 * Storage port for the nonces of verified request signatures, shared by every instance so that a
 * request replayed to another node of the cluster is still refused (API.md §2, V3 step 9). A nonce
 * only has to be remembered while a request carrying it could still pass the timestamp check;
 * older ones are purged.
 */
public interface SignatureNonces {
    /** The longest nonce that can be stored; longer ones are refused before they get here. */
    int MAX_LENGTH = 128;

    /**
     * Records the nonce unless it is already known. Safe against concurrent callers on other
     * instances: exactly one of them gets {@code true}.
     *
     * @param seenAt the instant the nonce counts from, compared with {@link #purgeOlderThan}'s cutoff
     * @return {@code true} for the first use, {@code false} when the nonce was recorded before
     */
    boolean firstUse(String nonce, Instant seenAt);

    /** @return how many nonces recorded before {@code cutoff} were removed */
    int purgeOlderThan(Instant cutoff);
}
