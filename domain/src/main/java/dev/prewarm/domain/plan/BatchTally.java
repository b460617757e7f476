package dev.prewarm.domain.plan;

/**
 * What a completed batch reports back to its plan: URLs it handled, how many of those failed, and
 * whether the job's cursor has reached the end of the list.
 */
public record BatchTally(int urls, int failedUrls, boolean jobExhausted) {
    public BatchTally {
        if (urls < 0 || failedUrls < 0 || failedUrls > urls) {
            throw new IllegalArgumentException(
                    "a batch needs 0 <= failedUrls <= urls, got urls=" + urls + " failedUrls=" + failedUrls);
        }
    }

    /** Counts towards the failure breaker: a batch with URLs of which every one failed. */
    public boolean allFailed() {
        return urls > 0 && failedUrls == urls;
    }
}
