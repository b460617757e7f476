package dev.prewarm.domain.job;

import dev.prewarm.domain.url.PreloadUrl;

/** Receives each accepted URL as the intake streams, so the list is stored without being held in memory. */
@FunctionalInterface
public interface AcceptedUrlSink {
    /** @param position 0-based, dense: the n-th accepted URL gets n - 1 */
    void accept(long position, PreloadUrl url);
}
