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
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * One batch on the preloader's fetch threads (a scheduled batch on its caller's too): each fetch
 * holds a slot of its site's gate (shared with the site's other batches) and one of the
 * instance's global slots while it runs, starts are paced to the site's rate cap, and at the
 * deadline every unfinished fetch is cancelled and reported as "batch deadline". An interrupt of
 * the calling thread cancels them too, but reports nothing: {@link FetchInterruptedException}.
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
    private final SiteGate gate;
    private final RoutePlanner routes;
    /** The workers on the preloader's threads. */
    private final Queue<Future<?>> helpers = new ConcurrentLinkedQueue<>();

    BatchRun(
            Preloader preloader,
            RequestProfile profile,
            SiteGate gate,
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
        this.routes = preloader.routesForBatch();
        this.gate = gate;
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

    /** Runs the requests on the preloader's fetch threads while the calling thread waits. */
    List<FetchResult> run(List<PreloadRequest> requests) {
        return run(requests, false);
    }

    /**
     * As {@link #run}, the calling thread being one of the workers. A batch of one URL then runs on
     * its batch thread alone: at 1,000 one-URL batches due at once, handing each to a fetch thread
     * and waiting for it took more CPU than the fetch (two thread wake-ups per batch, expensive
     * system calls on the reference box). An interrupt does not end this thread's blocking read:
     * whoever interrupts it also calls {@link #cutShort()} (the engine's stop, through the
     * preloader).
     */
    List<FetchResult> runWithCaller(List<PreloadRequest> requests) {
        return run(requests, true);
    }

    private List<FetchResult> run(List<PreloadRequest> requests, boolean callerFetches) {
        if (requests.isEmpty()) {
            return List.of();
        }
        // `concurrency` workers take the next request until none is left: a batch of 20,000 URLs
        // is 16 tasks on the preloader's threads, not 20,000 queued futures (seen in the
        // throughput benchmark), and the threads outlive the batch, so no batch starts threads.
        int workers = Math.min(profile.concurrency(), requests.size());
        int pooled = callerFetches ? workers - 1 : workers;
        AtomicReferenceArray<FetchResult> results = new AtomicReferenceArray<>(requests.size());
        AtomicInteger next = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(pooled);
        for (int i = 0; i < pooled; i++) {
            helpers.add(preloader.fetchThreads().submit(() -> {
                try {
                    work(requests, next, results);
                } finally {
                    done.countDown();
                }
            }));
        }
        if (callerFetches) {
            workOnCaller(requests, next, results);
        }
        awaitUntilDeadline(done);
        List<FetchResult> inOrder = new ArrayList<>(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            FetchResult result = results.get(i);
            inOrder.add(result != null ? result : Preloader.deadlineResult(requests.get(i), 1));
        }
        return inOrder;
    }

    /** The calling thread's share; nobody waits on it, so a timer ends it at the deadline. */
    private void workOnCaller(
            List<PreloadRequest> requests, AtomicInteger next, AtomicReferenceArray<FetchResult> results) {
        ScheduledFuture<?> deadlineTimer = preloader.after(millisToDeadline(), this::cutShort);
        try {
            work(requests, next, results);
        } finally {
            deadlineTimer.cancel(false);
        }
        if (Thread.currentThread().isInterrupted()) {
            cutShort(); // stopping, not late: as in awaitUntilDeadline
            throw new FetchInterruptedException();
        }
    }

    /**
     * One worker: fetches the next request not yet taken until none is left, the deadline passed or
     * the batch was cut short (its thread interrupted, the interrupt kept for whoever runs it).
     */
    private void work(List<PreloadRequest> requests, AtomicInteger next, AtomicReferenceArray<FetchResult> results) {
        for (int i = next.getAndIncrement();
                i < requests.size()
                        && !budget.expired()
                        && !Thread.currentThread().isInterrupted();
                i = next.getAndIncrement()) {
            PreloadRequest request = requests.get(i);
            try {
                results.set(i, fetchOne(request));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return; // what is left is reported as "batch deadline", or not at all when stopping
            } catch (RuntimeException e) {
                results.set(i, Preloader.failedResult(request, "preloader failure: " + e));
            }
        }
    }

    private FetchResult fetchOne(PreloadRequest request) throws InterruptedException {
        Optional<RequestPacer> pacer = gate.pacer();
        if (pacer.isPresent()) {
            Instant now = clock.instant();
            Duration wait = pacer.get().reserve(now);
            if (budget.wouldPass(now, wait)) {
                return Preloader.deadlineResult(request, 1);
            }
            sleeper.sleep(wait);
        }
        // The site's slot first, then the instance's: a fetch waiting for its site holds no
        // global slot that another site's batch could use.
        if (budget.expired() || !gate.slots().acquireBefore(deadline, clock)) {
            return Preloader.deadlineResult(request, 1);
        }
        try {
            if (!preloader.batchSlots().acquireBefore(deadline, clock)) {
                return Preloader.deadlineResult(request, 1);
            }
            try {
                return preloader.fetch(request, profile, budget, redirects, routes);
            } finally {
                preloader.batchSlots().release();
            }
        } finally {
            gate.slots().release();
        }
    }

    private void awaitUntilDeadline(CountDownLatch done) {
        try {
            if (!done.await(millisToDeadline(), TimeUnit.MILLISECONDS)) {
                cutShort();
                done.await(CLEANUP.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            // Stopping, not late: the unfinished fetches are no one's timeouts.
            cutShort();
            Thread.currentThread().interrupt();
            throw new FetchInterruptedException();
        }
    }

    /** From now to the deadline: none when it has passed, at most a day (an unbounded batch's). */
    private long millisToDeadline() {
        Duration left = Duration.between(clock.instant(), deadline);
        return left.isNegative() ? 0 : left.compareTo(MAX_WAIT) > 0 ? MAX_WAIT.toMillis() : left.toMillis();
    }

    /**
     * Cancels the exchanges in flight and interrupts the pooled workers' waits (back-off, pacing, a
     * global slot); what they had not fetched is reported as "batch deadline".
     */
    void cutShort() {
        budget.expire();
        helpers.forEach(worker -> worker.cancel(true));
    }
}
