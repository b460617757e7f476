package dev.prewarm.application.remotelist;

import dev.prewarm.domain.quota.QuotaPolicy;
import java.time.Duration;

/**
 * What one remote list may cost, summed over every document of a sitemap index: bytes on the
 * wire ({@code fileBytes}, the account's OSS/sitemap file limit), bytes after gunzip
 * ({@code decodedBytes}: a gzip bomb stops here), wall time, and sitemap documents fetched.
 */
public record ListLimits(long fileBytes, long decodedBytes, Duration timeLimit, int maxDocuments) {
    public ListLimits {
        if (fileBytes < 1 || decodedBytes < 1 || maxDocuments < 1 || timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("remote list limits must be positive, got " + fileBytes + " bytes, "
                    + decodedBytes + " decoded bytes, " + timeLimit + ", " + maxDocuments + " documents");
        }
    }

    /** The account's file size and time limits with the installation's caps on unpacked size and documents. */
    public static ListLimits of(QuotaPolicy policy, long decodedBytes, int maxDocuments) {
        return new ListLimits(policy.remoteFileBytes(), decodedBytes, policy.remoteDownloadTimeout(), maxDocuments);
    }
}
