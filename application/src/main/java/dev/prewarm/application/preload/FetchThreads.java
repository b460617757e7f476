package dev.prewarm.application.preload;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The threads a preloader's batches fetch on, shared by its batches and kept between them. Each
 * batch bounds itself to its site's concurrency by the number of workers it submits.
 */
final class FetchThreads {
    private FetchThreads() {}

    static ExecutorService create() {
        return Executors.newCachedThreadPool(
                Thread.ofPlatform().name("preload-", 0).daemon(true).factory());
    }
}
