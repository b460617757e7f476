package dev.prewarm.application.preload;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The origin behind the test cache, on a free loopback port. It counts requests per path and
 * Accept-Encoding and answers faults by path: {@code /fault/500}, {@code /fault/503} (Retry-After: 1),
 * {@code /fault/429}, {@code /fault/404}, {@code /fault/redirect} (to {@code /ok/target}),
 * {@code /fault/redirect-to?to=URL}, {@code /fault/huge} (8 MiB,
 * chunked), {@code /fault/slow} (headers, then nothing until closed or 5 s), {@code /fault/trickle}
 * (a byte every 200 ms for a minute: never idle long enough for a read timeout, only a deadline
 * stops it), {@code /pause/…} (a 200 after 200 ms, counting how many wait at once) and {@code /fault/reset} (connection dropped without a response). Remote URL lists live under {@code /lists/} (see
 * {@link OriginLists}). Anything else is a small 200.
 */
public final class Origin implements AutoCloseable {
    static final byte[] BODY = "warm me\n".repeat(128).getBytes(StandardCharsets.US_ASCII);
    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(16);
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final Map<String, String> hostHeaders = new ConcurrentHashMap<>();
    private final Map<String, Long> firstHitNanos = new ConcurrentHashMap<>();
    private final CountDownLatch closing = new CountDownLatch(1);
    private final AtomicInteger pausedNow = new AtomicInteger();
    private final AtomicInteger pausedAtMost = new AtomicInteger();

    public Origin() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public int hits(String path, String acceptEncoding) {
        AtomicInteger count = hits.get(path + "|" + acceptEncoding);
        return count == null ? 0 : count.get();
    }

    /** The Host header of the latest request for the path. */
    String hostHeader(String path) {
        return hostHeaders.get(path);
    }

    /** When the first request for the path arrived, on System.nanoTime's scale. */
    public long firstHitNanos(String path) {
        Long first = firstHitNanos.get(path);
        if (first == null) {
            throw new IllegalStateException("no request for " + path + " yet");
        }
        return first;
    }

    public int hits(String path) {
        return hits.entrySet().stream()
                .filter(e -> e.getKey().startsWith(path + "|"))
                .mapToInt(e -> e.getValue().get())
                .sum();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        firstHitNanos.putIfAbsent(path, System.nanoTime());
        String encoding = String.valueOf(exchange.getRequestHeaders().getFirst("Accept-Encoding"));
        hostHeaders.put(path, String.valueOf(exchange.getRequestHeaders().getFirst("Host")));
        hits.computeIfAbsent(path + "|" + encoding, key -> new AtomicInteger()).incrementAndGet();
        try (exchange) {
            if (path.startsWith("/lists/")) {
                OriginLists.serve(exchange, path, closing);
                return;
            }
            if (path.startsWith("/delay/")) {
                delayed(exchange);
                return;
            }
            if (path.startsWith("/pause/")) {
                paused(exchange);
                return;
            }
            switch (path) {
                case "/fault/500" -> empty(exchange, 500);
                case "/fault/503" -> {
                    exchange.getResponseHeaders().set("Retry-After", "1");
                    empty(exchange, 503);
                }
                case "/fault/429" -> empty(exchange, 429);
                case "/fault/404" -> empty(exchange, 404);
                case "/fault/redirect" -> {
                    exchange.getResponseHeaders().set("Location", "/ok/target");
                    empty(exchange, 302);
                }
                case "/fault/redirect-to" -> {
                    String query = String.valueOf(exchange.getRequestURI().getQuery());
                    exchange.getResponseHeaders().set("Location", query.substring(query.indexOf("to=") + 3));
                    empty(exchange, 302);
                }
                case "/fault/huge" -> huge(exchange);
                case "/fault/slow" -> slow(exchange);
                case "/fault/trickle" -> trickle(exchange);
                case "/fault/reset" -> throw new IOException("dropping the connection on purpose");
                default -> {
                    exchange.getResponseHeaders().set("Content-Type", "text/plain");
                    exchange.sendResponseHeaders(200, BODY.length);
                    exchange.getResponseBody().write(BODY);
                }
            }
        }
    }

    private static void empty(HttpExchange exchange, int status) throws IOException {
        exchange.sendResponseHeaders(status, -1);
    }

    private static void huge(HttpExchange exchange) throws IOException {
        exchange.sendResponseHeaders(200, 0);
        byte[] chunk = new byte[64 * 1024];
        OutputStream out = exchange.getResponseBody();
        for (int i = 0; i < 128; i++) {
            out.write(chunk); // the preloader hangs up after its cap: the write then fails, as intended
        }
    }

    /** The most {@code /pause/} requests the origin was answering at the same time. */
    public int pausedAtMost() {
        return pausedAtMost.get();
    }

    /** A good answer after 200 ms, counted while it waits: for caps on fetches in flight. */
    private void paused(HttpExchange exchange) throws IOException {
        pausedAtMost.accumulateAndGet(pausedNow.incrementAndGet(), Math::max);
        try {
            closing.await(200, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            pausedNow.decrementAndGet();
        }
        exchange.sendResponseHeaders(200, BODY.length);
        exchange.getResponseBody().write(BODY);
    }

    /** A good answer that takes 3 s: for batches that outlive a short lease. */
    private void delayed(HttpExchange exchange) throws IOException {
        try {
            closing.await(3, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        exchange.sendResponseHeaders(200, BODY.length);
        exchange.getResponseBody().write(BODY);
    }

    private void slow(HttpExchange exchange) throws IOException {
        exchange.sendResponseHeaders(200, 0);
        exchange.getResponseBody().write('x');
        exchange.getResponseBody().flush();
        try {
            closing.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void trickle(HttpExchange exchange) throws IOException {
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        try {
            for (int i = 0; i < 300 && !closing.await(200, TimeUnit.MILLISECONDS); i++) {
                out.write('x'); // fails once the client has hung up, which ends this
                out.flush();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        threads.shutdownNow();
    }
}
