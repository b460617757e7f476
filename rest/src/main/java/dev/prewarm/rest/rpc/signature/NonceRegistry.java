package dev.prewarm.rest.rpc.signature;

import java.time.Instant;

/** Where the verifier records nonces; in production RequestNonces, shared by all instances. */
@FunctionalInterface
public interface NonceRegistry {
    /**
     * @param signedAt the request's signed time, from which the nonce's retention is counted
     * @return {@code true} for the first use of the nonce
     */
    boolean firstUse(String nonce, Instant signedAt);
}
