package dev.prewarm.application.preload;

import dev.prewarm.domain.outbound.OutboundPolicy;
import dev.prewarm.domain.site.RequestProfile;
import dev.prewarm.domain.url.PreloadUrl;
import dev.prewarm.domain.url.UrlNormalization;
import dev.prewarm.domain.url.UrlNormalizer;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLException;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHost;

/**
 * GETs of a file a user pointed us at (a job's OssUrl or sitemap) on the preloader's machinery:
 * the same {@link RoutePlanner} (every address the host resolves to is checked by the outbound
 * policy and the connection is pinned to the checked one) and the same client set-up (it resolves
 * no name itself, never redirects, decompresses or keeps cookies on its own). The site-domain rule
 * does not apply here: the file may live anywhere public.
 *
 * <p>Redirects are followed by hand, at most {@value #MAX_REDIRECTS}: object stores and sitemap hosts
 * commonly send http to https or to a CDN, and refusing would break ordinary set-ups. Each hop is an
 * http(s) URL planned afresh, so its address is checked again before a socket opens; a hop to a
 * refused address ends the download like the first URL would.
 *
 * <p>The whole download has a deadline: when it passes, a timer cancels the request, which breaks
 * a blocked connect or read at once instead of after a read timeout.
 */
public final class Downloader implements AutoCloseable {
    public static final int MAX_REDIRECTS = 3;
    private static final int MAX_CONNECTIONS = 32;

    private final CloseableHttpClient client;
    private final RoutePlanner routes;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final Clock clock;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "prewarm-download-deadline");
        thread.setDaemon(true);
        return thread;
    });

    public Downloader(
            OutboundPolicy policy, HostResolver resolver, Duration connectTimeout, Duration readTimeout, Clock clock) {
        this(policy, resolver, connectTimeout, readTimeout, clock, TlsTrust.jdkDefaults());
    }

    /** With the installation's TLS trust, so that a list on a server behind a private CA can be read too. */
    public Downloader(
            OutboundPolicy policy,
            HostResolver resolver,
            Duration connectTimeout,
            Duration readTimeout,
            Clock clock,
            TlsTrust trust) {
        this.client = PreloadHttpClient.create(MAX_CONNECTIONS, trust);
        this.routes = new RoutePlanner(policy, resolver);
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
        this.clock = clock;
    }

    /**
     * Opens the URL, following redirects, and returns the first 2xx response.
     *
     * @throws DownloadException with a reason for the user: refused address, unknown host, HTTP
     *     error status, too many redirects, connection trouble, or the deadline passed
     */
    public Download open(PreloadUrl url, Instant deadline) throws DownloadException {
        PreloadUrl current = url;
        for (int hop = 0; ; hop++) {
            HttpGet get = new HttpGet(current.value());
            ScheduledFuture<?> cancelAtDeadline = cancelAt(deadline, get);
            ClassicHttpResponse response = exchange(current, get, deadline, cancelAtDeadline);
            int status = response.getCode();
            if (status >= 200 && status < 300) {
                try {
                    return new Download(current, get, response, cancelAtDeadline, () -> passed(deadline));
                } catch (IOException e) {
                    discard(get, response, cancelAtDeadline);
                    throw new DownloadException("reading " + current + " failed: " + describe(e), e);
                }
            }
            discard(get, response, cancelAtDeadline);
            if (!isRedirect(status)) {
                throw new DownloadException(current + " answered HTTP " + status + reasonOf(response));
            }
            if (hop == MAX_REDIRECTS) {
                throw new DownloadException(url + " redirects more than " + MAX_REDIRECTS + " times");
            }
            current = redirectTarget(current, response.getFirstHeader("Location"));
        }
    }

    private ClassicHttpResponse exchange(
            PreloadUrl url, HttpGet get, Instant deadline, ScheduledFuture<?> cancelAtDeadline)
            throws DownloadException {
        Route route = routes.planDirect(url);
        if (route instanceof Route.Refused refused) {
            cancelAtDeadline.cancel(false);
            throw new DownloadException("cannot download " + url + ": " + refused.reason());
        }
        get.setConfig(config());
        get.setHeader("User-Agent", RequestProfile.DEFAULT_USER_AGENT);
        get.setHeader("Accept-Encoding", "gzip");
        HttpHost host = ((Route.Pinned) route).host();
        try {
            return client.executeOpen(host, get, HttpClientContext.create());
        } catch (SSLException e) {
            cancelAtDeadline.cancel(false);
            get.cancel();
            throw new DownloadException("the request for " + url + " failed: " + TlsFailure.describe(e, host), e);
        } catch (IOException | RuntimeException e) {
            cancelAtDeadline.cancel(false);
            get.cancel();
            if (passed(deadline)) {
                throw new DownloadException("the download of " + url + " ran past the time limit", e);
            }
            String what = e instanceof InterruptedIOException ? "timed out" : "failed";
            throw new DownloadException("the request for " + url + " " + what + ": " + describe(e), e);
        }
    }

    private static PreloadUrl redirectTarget(PreloadUrl from, Header location) throws DownloadException {
        if (location == null || location.getValue().isBlank()) {
            throw new DownloadException(from + " redirects without a Location");
        }
        String target;
        try {
            target = new URI(from.value()).resolve(location.getValue().strip()).toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new DownloadException(from + " redirects to '" + location.getValue() + "', which is no URL");
        }
        return switch (UrlNormalizer.normalize(target)) {
            case UrlNormalization.Accepted accepted -> accepted.url();
            case UrlNormalization.Rejected rejected ->
                throw new DownloadException(
                        from + " redirects to '" + target + "', which cannot be fetched: " + rejected.detail());
        };
    }

    private ScheduledFuture<?> cancelAt(Instant deadline, HttpGet get) {
        long millis = Math.max(0, Duration.between(clock.instant(), deadline).toMillis());
        return timer.schedule(() -> get.cancel(), millis, TimeUnit.MILLISECONDS);
    }

    private boolean passed(Instant deadline) {
        return !clock.instant().isBefore(deadline);
    }

    @SuppressWarnings("deprecation") // the per-request connect timeout is still honoured; see Exchange
    private RequestConfig config() {
        return RequestConfig.custom()
                .setConnectTimeout(connectTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .setResponseTimeout(readTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .setConnectionRequestTimeout(connectTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .setRedirectsEnabled(false)
                .setContentCompressionEnabled(false)
                .build();
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private static String reasonOf(ClassicHttpResponse response) {
        String phrase = response.getReasonPhrase();
        return phrase == null || phrase.isBlank() ? "" : " " + phrase;
    }

    private static void discard(HttpGet get, ClassicHttpResponse response, ScheduledFuture<?> timer) {
        timer.cancel(false);
        get.cancel();
        try {
            response.close();
        } catch (IOException | RuntimeException ignored) {
            // the connection is already discarded
        }
    }

    static String describe(Exception e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    @Override
    public void close() {
        timer.shutdownNow();
        try {
            client.close();
        } catch (IOException e) {
            throw new UncheckedIOException("closing the downloader's connection pool", e);
        }
    }
}
