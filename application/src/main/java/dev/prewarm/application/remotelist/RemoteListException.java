package dev.prewarm.application.remotelist;

import java.io.IOException;

/**
 * Why a remote list cannot be used (too large, not gzip, malformed sitemap…), worded for the user;
 * an {@link IOException} so that it passes unchanged through readers and the XML parser.
 */
final class RemoteListException extends IOException {
    RemoteListException(String reason) {
        super(reason);
    }

    RemoteListException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
