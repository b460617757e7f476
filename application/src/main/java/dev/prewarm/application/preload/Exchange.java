package dev.prewarm.application.preload;

import dev.prewarm.domain.fetch.CacheStatus;
import dev.prewarm.domain.fetch.CacheStatusParser;
import dev.prewarm.domain.fetch.FetchOutcome;
import dev.prewarm.domain.fetch.OutcomeClassifier;
import dev.prewarm.domain.fetch.ResponseHeaders;
import dev.prewarm.domain.site.RequestProfile;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLException;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHost;

/**
 * One GET through a pinned route: the body is read and thrown away up to the profile's cap. A body
 * that is cut short (too large, timeout, reset) cancels the request, which closes the connection at
 * once instead of letting the client drain the rest of it back into the pool.
 */
final class Exchange {
    private static final int BUFFER = 32 * 1024;
    /**
     * Where bodies are read into and forgotten: one buffer per thread, because a fresh one per
     * request (zeroed, then garbage) was two thirds of the bytes a batch allocated.
     */
    private static final ThreadLocal<byte[]> DISCARD = ThreadLocal.withInitial(() -> new byte[BUFFER]);

    private final CloseableHttpClient client;
    private volatile Configured lastConfig;

    Exchange(CloseableHttpClient client) {
        this.client = client;
    }

    Attempt run(HttpHost route, PreloadRequest request, RequestProfile profile, FetchBudget budget) {
        HttpGet get = new HttpGet(request.url().value());
        get.setConfig(configFor(profile));
        get.setHeader("User-Agent", profile.userAgent());
        request.variant().headers().forEach(get::setHeader); // a variant may override the User-Agent
        long start = System.nanoTime();
        budget.track(get);
        ClassicHttpResponse response = null;
        try {
            response = client.executeOpen(route, get, HttpClientContext.create());
            long ttfb = millisSince(start);
            return read(response, ttfb, profile.maxBodyBytes(), get);
        } catch (InterruptedIOException e) {
            get.cancel();
            return Attempt.failed(FetchOutcome.TIMEOUT, describe(e));
        } catch (SSLException e) {
            get.cancel();
            String error = TlsFailure.describe(e, route);
            return TlsFailure.isCertificateRefused(e)
                    ? Attempt.failedForGood(FetchOutcome.NETWORK_ERROR, error)
                    : Attempt.failed(FetchOutcome.NETWORK_ERROR, error);
        } catch (IOException | RuntimeException e) {
            get.cancel();
            return Attempt.failed(FetchOutcome.NETWORK_ERROR, describe(e));
        } finally {
            budget.untrack(get);
            closeQuietly(response);
        }
    }

    private static Attempt read(ClassicHttpResponse response, long ttfb, long maxBytes, HttpGet get)
            throws IOException {
        ResponseHeaders headers = headersOf(response);
        int status = response.getCode();
        CacheStatus cache = CacheStatusParser.parse(headers);
        Optional<String> retryAfter = headers.get("Retry-After");
        Optional<String> location = headers.get("Location");
        long bytes = drain(response.getEntity(), maxBytes, get);
        if (bytes > maxBytes) {
            return new Attempt(
                    status,
                    cache,
                    maxBytes,
                    ttfb,
                    FetchOutcome.TOO_LARGE,
                    "body larger than " + maxBytes + " bytes",
                    retryAfter,
                    location,
                    false);
        }
        FetchOutcome outcome = OutcomeClassifier.classify(
                status, cache, headers.get("Cache-Control").orElse(""));
        String error = outcome.isSuccess() ? null : "HTTP " + status + " " + response.getReasonPhrase();
        return new Attempt(status, cache, bytes, ttfb, outcome, error, retryAfter, location, false);
    }

    /**
     * Bytes read, or {@code maxBytes + 1} as soon as the body is known to exceed the cap; then the
     * request is cancelled before the stream is closed, because closing it would read the rest.
     */
    private static long drain(HttpEntity entity, long maxBytes, HttpGet get) throws IOException {
        if (entity == null) {
            return 0;
        }
        if (entity.getContentLength() > maxBytes) {
            get.cancel();
            return maxBytes + 1;
        }
        byte[] buffer = DISCARD.get();
        long total = 0;
        InputStream in = entity.getContent();
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            total += n;
            if (total > maxBytes) {
                get.cancel();
                return maxBytes + 1;
            }
        }
        in.close(); // at end of stream: returns the connection to the pool
        return total;
    }

    /** The request config of the profile last asked for: a batch asks with one profile for all its requests. */
    private RequestConfig configFor(RequestProfile profile) {
        Configured configured = lastConfig;
        if (configured == null || configured.profile() != profile) {
            configured = new Configured(profile, configOf(profile));
            lastConfig = configured;
        }
        return configured.config();
    }

    private record Configured(RequestProfile profile, RequestConfig config) {}

    @SuppressWarnings("deprecation") // the per-request connect timeout is still honoured and profiles differ per site
    private static RequestConfig configOf(RequestProfile profile) {
        long connect = profile.connectTimeout().toMillis();
        long read = profile.readTimeout().toMillis();
        return RequestConfig.custom()
                .setConnectTimeout(connect, TimeUnit.MILLISECONDS)
                .setResponseTimeout(read, TimeUnit.MILLISECONDS)
                .setConnectionRequestTimeout(connect + read, TimeUnit.MILLISECONDS)
                .setRedirectsEnabled(false)
                .setContentCompressionEnabled(false)
                .build();
    }

    private static ResponseHeaders headersOf(ClassicHttpResponse response) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (Header header : response.getHeaders()) {
            map.computeIfAbsent(header.getName(), name -> new ArrayList<>()).add(header.getValue());
        }
        return ResponseHeaders.of(map);
    }

    private static void closeQuietly(ClassicHttpResponse response) {
        if (response != null) {
            try {
                response.close();
            } catch (IOException | RuntimeException ignored) {
                // the connection was already discarded; nothing to tell the caller
            }
        }
    }

    private static String describe(Exception e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    private static long millisSince(long startNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    }
}
