package dev.prewarm.application.preload;

import dev.prewarm.domain.fetch.FetchResult;
import dev.prewarm.domain.site.EdgeTarget;
import dev.prewarm.domain.site.HeaderVariant;
import dev.prewarm.domain.site.RequestProfile;
import dev.prewarm.domain.url.PreloadUrl;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * One batch on its own bounded pool of virtual threads: at most {@code concurrency} fetches at once (and each holds one
 * of the instance's global slots while it runs), starts paced to the rate cap, and at the deadline every unfinished fetch is cancelled and reported as "batch deadline".
 */
final class BatchRun {
    private static final Duration CLEANUP = Duration.ofSeconds(5);
    private static final Duration MAX_WAIT = Duration.ofDays(1);
    private final Preloader preloader;
    private final RequestProfile profile;
    private final Redirects redirects;
    private final Instant deadline;
    private final Sleeper sleeper;
    private final Clock clock;
    private final FetchBudget budget;
    private final Optional<RequestPacer> pacer;

    BatchRun(
            Preloader preloader,
            RequestProfile profile,
            Redirects redirects,
            Instant deadline,
            Sleeper sleeper,
            Clock clock) {
        this.preloader = preloader;
        this.profile = profile;
        this.redirects = redirects;
        this.deadline = deadline;
        this.sleeper = sleeper;
        this.clock = clock;
        this.budget = new FetchBudget(deadline);
        this.pacer = profile.requestsPerSecond().isPresent()
                ? Optional.of(new RequestPacer(profile.requestsPerSecond().getAsInt()))
                : Optional.empty();
    }

    static List<PreloadRequest> requestsOf(List<PreloadUrl> urls, RequestProfile profile) {
        List<Optional<EdgeTarget>> targets = profile.usesDns()
                ? List.of(Optional.empty())
                : profile.edgeTargets().stream().map(Optional::of).toList();
        List<PreloadRequest> requests = new ArrayList<>();
        for (int i = 0; i < urls.size(); i++) {
            for (Optional<EdgeTarget> target : targets) {
                for (HeaderVariant variant : profile.variants()) {
                    requests.add(new PreloadRequest(i, urls.get(i), target, variant));
                }
            }
        }
        return requests;
    }

    List<FetchResult> run(List<PreloadRequest> requests) {
        if (requests.isEmpty()) {
            return List.of();
        }
        int threads = Math.min(profile.concurrency(), requests.size());
        // Virtual threads: starting a platform thread costs a system call and a stack, and with
        // hundreds of small batches a second the engine spent its time in Thread.start (seen in
        // the batch-lag benchmark). The fixed pool still bounds the batch to its concurrency.
        ExecutorService pool = Executors.newFixedThreadPool(
                threads, Thread.ofVirtual().name("preload-", 0).factory());
        List<Future<FetchResult>> futures = new ArrayList<>();
        requests.forEach(request -> futures.add(pool.submit(() -> fetchOne(request))));
        pool.shutdown();
        awaitUntilDeadline(pool);
        List<FetchResult> results = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            results.add(resultOf(futures.get(i), requests.get(i)));
        }
        return results;
    }

    private FetchResult fetchOne(PreloadRequest request) throws InterruptedException {
        if (pacer.isPresent()) {
            Instant now = clock.instant();
            Duration wait = pacer.get().reserve(now);
            if (budget.wouldPass(now, wait)) {
                return Preloader.deadlineResult(request, 1);
            }
            sleeper.sleep(wait);
        }
        if (budget.expired() || !preloader.batchSlots().acquireBefore(deadline, clock)) {
            return Preloader.deadlineResult(request, 1);
        }
        try {
            return preloader.fetch(request, profile, budget, redirects);
        } finally {
            preloader.batchSlots().release();
        }
    }

    private void awaitUntilDeadline(ExecutorService pool) {
        try {
            Duration left = Duration.between(clock.instant(), deadline);
            long millis = left.isNegative() ? 0 : left.compareTo(MAX_WAIT) > 0 ? MAX_WAIT.toMillis() : left.toMillis();
            if (!pool.awaitTermination(millis, TimeUnit.MILLISECONDS)) {
                budget.expire();
                pool.shutdownNow();
                pool.awaitTermination(CLEANUP.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            budget.expire();
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private static FetchResult resultOf(Future<FetchResult> future, PreloadRequest request) {
        if (future.isDone() && !future.isCancelled()) {
            try {
                return future.get();
            } catch (ExecutionException e) {
                return Preloader.failedResult(request, "preloader failure: " + e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return Preloader.deadlineResult(request, 1);
    }
}
