package dev.prewarm.application.preload;

/**
 * The thread waiting for a batch's fetches was interrupted: its engine or lane is stopping. Unlike
 * the batch deadline, this says nothing about the URLs, so the batch reports no result at all and
 * its caller must not record it as done: whoever runs it next fetches it again, as after a crash.
 */
public class FetchInterruptedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    FetchInterruptedException() {
        super("interrupted while fetching: the engine is stopping");
    }
}
