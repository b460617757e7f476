package dev.prewarm.application.preload;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsExchange;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.ExtendedSSLSession;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SNIServerName;
import javax.net.ssl.SSLContext;

/**
 * An HTTPS origin on a free loopback port presenting the certificate of a PKCS#12 key store; every
 * path is a small 200. It records, per path, how many requests arrived and the SNI and Host header
 * of the latest one, which shows what name the client asked the TLS server for.
 */
public final class TlsOrigin implements AutoCloseable {
    private final HttpsServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(4);
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final Map<String, String> serverNames = new ConcurrentHashMap<>();
    private final Map<String, String> hostHeaders = new ConcurrentHashMap<>();

    public TlsOrigin(Path keyStore, String password) throws IOException, GeneralSecurityException {
        server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        server.setHttpsConfigurator(new HttpsConfigurator(serverContext(keyStore, password.toCharArray())));
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public int hits(String path) {
        AtomicInteger count = hits.get(path);
        return count == null ? 0 : count.get();
    }

    /** The SNI host name of the latest request for the path, "" when the client sent none. */
    public String serverName(String path) {
        return serverNames.get(path);
    }

    public String hostHeader(String path) {
        return hostHeaders.get(path);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            serverNames.put(path, sniOf((HttpsExchange) exchange));
            hostHeaders.put(path, String.valueOf(exchange.getRequestHeaders().getFirst("Host")));
            hits.computeIfAbsent(path, key -> new AtomicInteger()).incrementAndGet();
            exchange.getResponseHeaders().set("Content-Type", "text/plain");
            exchange.sendResponseHeaders(200, Origin.BODY.length);
            exchange.getResponseBody().write(Origin.BODY);
        }
    }

    private static String sniOf(HttpsExchange exchange) {
        if (exchange.getSSLSession() instanceof ExtendedSSLSession session) {
            List<SNIServerName> names = session.getRequestedServerNames();
            return names.stream()
                    .filter(SNIHostName.class::isInstance)
                    .map(name -> ((SNIHostName) name).getAsciiName())
                    .findFirst()
                    .orElse("");
        }
        return "";
    }

    private static SSLContext serverContext(Path keyStore, char[] password)
            throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keyStore)) {
            store.load(in, password);
        }
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, password);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), null, null);
        return context;
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
