package dev.prewarm.domain.job;

import dev.prewarm.domain.url.RejectionReason;

/** Receives each rejected line with its reason, for the downloadable rejected-lines file. */
@FunctionalInterface
public interface RejectedLineSink {
    /** @param lineNumber 1-based physical line number in the submitted list, blank and comment lines included */
    void reject(long lineNumber, String line, RejectionReason reason, String detail);
}
