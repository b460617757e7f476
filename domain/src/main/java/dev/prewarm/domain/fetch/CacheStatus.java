package dev.prewarm.domain.fetch;

/**
 * What the cache in front of the origin said about a response. {@code NONE}: no cache header at
 * all; {@code UNKNOWN}: a cache header whose value we could not read.
 */
public enum CacheStatus {
    HIT,
    MISS,
    EXPIRED,
    STALE,
    UPDATING,
    REVALIDATED,
    BYPASS,
    DYNAMIC,
    UNKNOWN,
    NONE;

    /** The cache will not keep this response, so warming it is pointless. */
    public boolean meansUncacheable() {
        return this == BYPASS || this == DYNAMIC;
    }
}
