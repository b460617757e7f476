package dev.prewarm.application.preload;

import dev.prewarm.domain.fetch.CacheStatus;
import dev.prewarm.domain.fetch.FetchOutcome;
import dev.prewarm.domain.fetch.FetchResult;
import dev.prewarm.domain.fetch.RetryPolicy;
import dev.prewarm.domain.outbound.OutboundPolicy;
import dev.prewarm.domain.site.RequestProfile;
import dev.prewarm.domain.site.Site;
import dev.prewarm.domain.site.SiteDomains;
import dev.prewarm.domain.url.PreloadUrl;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;

/**
 * Preloads URLs (PRODUCT.md §2): one GET per URL × edge target × variant, retried per the
 * {@link RetryPolicy}, classified into a {@link FetchResult}. Thread-safe; one instance holds one
 * connection pool, so share it and close it at shutdown. A 3xx is the {@code redirect} outcome,
 * unless the caller passes the site's domains and the profile enables following: then redirects
 * within those domains are followed up to {@value Redirects#MAX_HOPS} hops (see {@link Redirects}).
 */
public final class Preloader implements AutoCloseable {
    public static final int DEFAULT_MAX_CONNECTIONS = 256;
    /** Scheduled fetches in flight across all batches, unless {@code prewarm.engine.global-concurrency} says otherwise. */
    public static final int DEFAULT_GLOBAL_CONCURRENCY = 64;

    private final CloseableHttpClient client;
    private final RoutePlanner routes;
    private final Exchange exchange;
    private final RetryPolicy retry;
    private final Sleeper sleeper;
    private final Clock clock;
    private final RandomGenerator random;
    private final FetchSlots batchSlots;
    private final SiteGates siteGates = new SiteGates();
    private final ExecutorService fetchThreads;
    private final ScheduledExecutorService deadlines;
    /** Scheduled batches fetching now: what {@link #cutShortScheduled()} stops. */
    private final Set<BatchRun> scheduledRuns = ConcurrentHashMap.newKeySet();

    /** The application's preloader: HTTPS edge targets and URLs are checked against {@code trust}. */
    public Preloader(OutboundPolicy policy, int globalConcurrency, TlsTrust trust) {
        this(
                policy,
                RetryPolicy.defaults(),
                Sleeper.real(),
                Clock.systemUTC(),
                HostResolver.system(),
                DEFAULT_MAX_CONNECTIONS,
                globalConcurrency,
                trust);
    }

    public Preloader(
            OutboundPolicy policy,
            RetryPolicy retry,
            Sleeper sleeper,
            Clock clock,
            HostResolver resolver,
            int maxConnections) {
        this(policy, retry, sleeper, clock, resolver, maxConnections, DEFAULT_GLOBAL_CONCURRENCY);
    }

    public Preloader(
            OutboundPolicy policy,
            RetryPolicy retry,
            Sleeper sleeper,
            Clock clock,
            HostResolver resolver,
            int maxConnections,
            int globalConcurrency) {
        this(policy, retry, sleeper, clock, resolver, maxConnections, globalConcurrency, TlsTrust.jdkDefaults());
    }

    public Preloader(
            OutboundPolicy policy,
            RetryPolicy retry,
            Sleeper sleeper,
            Clock clock,
            HostResolver resolver,
            int maxConnections,
            int globalConcurrency,
            TlsTrust trust) {
        this.batchSlots = new FetchSlots(globalConcurrency);
        this.fetchThreads = FetchThreads.create();
        this.deadlines = FetchThreads.deadlines();
        this.client = PreloadHttpClient.create(maxConnections, trust);
        this.routes = new RoutePlanner(policy, resolver);
        this.exchange = new Exchange(client);
        this.retry = retry;
        this.sleeper = sleeper;
        this.clock = clock;
        this.random = RandomGenerator.getDefault();
    }

    /** Fetches one URL through one target with one variant, with retries; never throws for HTTP trouble. */
    public FetchResult fetch(PreloadRequest request, RequestProfile profile) {
        return fetch(request, profile, FetchBudget.unbounded(), Redirects.none(), routes);
    }

    /** As {@link #fetch(PreloadRequest, RequestProfile)}, following redirects within the site's domains if the profile says so. */
    public FetchResult fetch(PreloadRequest request, RequestProfile profile, SiteDomains siteDomains) {
        return fetch(request, profile, FetchBudget.unbounded(), Redirects.within(siteDomains), routes);
    }

    /**
     * Fetches every URL (position = index in the list) through every edge target with every variant,
     * {@code profile.concurrency()} at a time and paced to its rate cap. Returns one result per
     * fetch in request order; what has not finished by {@code deadline} is {@code timeout} with
     * error "batch deadline", never left out.
     *
     * @throws FetchInterruptedException if the calling thread is interrupted while it waits (its
     *     engine stopping): the fetches are cancelled and nothing is reported
     */
    public List<FetchResult> fetchAll(List<PreloadUrl> urls, RequestProfile profile, Instant deadline) {
        return new BatchRun(this, profile, SiteGate.of(profile), Redirects.none(), deadline, sleeper, clock)
                .run(BatchRun.requestsOf(urls, profile));
    }

    /**
     * As {@link #fetchAll(List, RequestProfile, Instant)}, following redirects within the site's
     * domains if the profile says so. The profile's caps bound this call alone: the instant lane's,
     * which must never wait behind scheduled batches.
     */
    public List<FetchResult> fetchAll(
            List<PreloadUrl> urls, RequestProfile profile, SiteDomains siteDomains, Instant deadline) {
        return new BatchRun(
                        this, profile, SiteGate.of(profile), Redirects.within(siteDomains), deadline, sleeper, clock)
                .run(BatchRun.requestsOf(urls, profile));
    }

    /**
     * A scheduled batch of {@code site}: as {@link #fetchAll(List, RequestProfile, SiteDomains,
     * Instant)} with the site's profile and domains, but its concurrency and rate caps are shared
     * with every other batch of the site running on this instance.
     */
    public List<FetchResult> fetchAll(Site site, List<PreloadUrl> urls, Instant deadline) {
        RequestProfile profile = site.profile();
        BatchRun run = new BatchRun(
                this,
                profile,
                siteGates.of(site.id(), profile),
                Redirects.within(site.domains()),
                deadline,
                sleeper,
                clock);
        scheduledRuns.add(run);
        try {
            return run.runWithCaller(BatchRun.requestsOf(urls, profile));
        } finally {
            scheduledRuns.remove(run);
        }
    }

    /**
     * Cancels the fetches of every scheduled batch running now, so that their threads return at
     * once: what the engine does when it stops, after interrupting its batch threads (a scheduled
     * batch fetches on its caller's thread too, and an interrupt does not end a blocking read).
     * An interrupted caller then gets {@link FetchInterruptedException}, as from any wait.
     */
    public void cutShortScheduled() {
        scheduledRuns.forEach(BatchRun::cutShort);
    }

    /** Where batches run their fetches; see {@link FetchThreads}. */
    ExecutorService fetchThreads() {
        return fetchThreads;
    }

    /** Runs a batch's deadline action after {@code millis} unless cancelled first. */
    ScheduledFuture<?> after(long millis, Runnable action) {
        return deadlines.schedule(action, millis, TimeUnit.MILLISECONDS);
    }

    /** The global cap every batch's fetches share; see {@link FetchSlots}. */
    FetchSlots batchSlots() {
        return batchSlots;
    }

    /** A planner for one batch's fetches; see {@link RoutePlanner#forBatch()}. */
    RoutePlanner routesForBatch() {
        return routes.forBatch();
    }

    FetchResult fetch(
            PreloadRequest request,
            RequestProfile profile,
            FetchBudget budget,
            Redirects redirects,
            RoutePlanner routes) {
        long start = System.nanoTime();
        Route route = routes.plan(request);
        if (route instanceof Route.Refused refused) {
            return result(request, Attempt.failed(refused.outcome(), refused.reason()), 1, start);
        }
        Route.Pinned pinned = (Route.Pinned) route;
        int attempts = 0;
        Attempt last;
        while (true) {
            attempts++;
            last = attempt(pinned, request, profile, budget, redirects, routes);
            if (budget.expired() && !last.outcome().isSuccess()) {
                return deadlineResult(request, attempts);
            }
            if (last.permanent() || !retry.shouldRetry(last.outcome(), last.httpStatus(), attempts)) {
                break;
            }
            Instant now = clock.instant();
            Duration wait = retry.delayBefore(attempts, last.retryAfter(), now, random);
            if (budget.wouldPass(now, wait) || !pause(wait)) {
                break; // recorded as failed with the last attempt's outcome
            }
        }
        return result(request, last, attempts, start);
    }

    /** One attempt: the exchange, then every redirect the site allows, each hop's route planned (and checked) afresh. */
    private Attempt attempt(
            Route.Pinned first,
            PreloadRequest request,
            RequestProfile profile,
            FetchBudget budget,
            Redirects redirects,
            RoutePlanner routes) {
        Attempt attempt = exchange.run(first.host(), request, profile, budget);
        PreloadRequest current = request;
        for (int hop = 1;
                attempt.outcome() == FetchOutcome.REDIRECT && redirects.apply(profile.followRedirects());
                hop++) {
            switch (redirects.next(current, attempt, hop)) {
                case Redirects.Decision.Stop stop -> {
                    return stop.why() == null ? attempt : attempt.explained(stop.why());
                }
                case Redirects.Decision.Follow follow -> {
                    current = follow.next();
                    Route route = routes.plan(current);
                    if (route instanceof Route.Refused refused) {
                        return Attempt.failed(
                                refused.outcome(), "redirected to " + current.url() + ": " + refused.reason());
                    }
                    attempt = exchange.run(((Route.Pinned) route).host(), current, profile, budget);
                }
            }
        }
        return attempt;
    }

    static FetchResult deadlineResult(PreloadRequest request, int attempts) {
        return new FetchResult(
                request.position(),
                request.targetName(),
                request.variant().name(),
                0,
                CacheStatus.NONE,
                0,
                -1,
                -1,
                Math.max(attempts, 1),
                FetchOutcome.TIMEOUT,
                "batch deadline");
    }

    static FetchResult failedResult(PreloadRequest request, String error) {
        return new FetchResult(
                request.position(),
                request.targetName(),
                request.variant().name(),
                0,
                CacheStatus.NONE,
                0,
                -1,
                -1,
                1,
                FetchOutcome.NETWORK_ERROR,
                error);
    }

    private boolean pause(Duration wait) {
        try {
            sleeper.sleep(wait);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static FetchResult result(PreloadRequest request, Attempt last, int attempts, long startNanos) {
        long total = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
        return new FetchResult(
                request.position(),
                request.targetName(),
                request.variant().name(),
                last.httpStatus(),
                last.cacheStatus(),
                last.bytes(),
                last.ttfbMillis(),
                total,
                attempts,
                last.outcome(),
                last.error());
    }

    @Override
    public void close() {
        fetchThreads.shutdownNow();
        deadlines.shutdownNow();
        try {
            client.close();
        } catch (IOException e) {
            throw new UncheckedIOException("closing the preloader's connection pool", e);
        }
    }
}
