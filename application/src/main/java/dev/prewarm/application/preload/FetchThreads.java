package dev.prewarm.application.preload;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;

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

    /**
     * One thread ending batches at their deadlines. Cancelled timers leave its queue at once: a
     * batch of one URL arms one, and at 1,000 batches a second ten-minute timers would pile up.
     */
    static ScheduledExecutorService deadlines() {
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(
                1, Thread.ofPlatform().name("preload-deadline").daemon(true).factory());
        timer.setRemoveOnCancelPolicy(true);
        return timer;
    }
}
