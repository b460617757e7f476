package dev.prewarm.application.preload;

import java.io.IOException;

/** A download that could not be done, with a reason fit to show the user who gave the URL. */
public final class DownloadException extends IOException {
    public DownloadException(String reason) {
        super(reason);
    }

    public DownloadException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
