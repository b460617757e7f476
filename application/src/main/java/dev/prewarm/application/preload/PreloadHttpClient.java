package dev.prewarm.application.preload;

import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.core5.util.TimeValue;

/**
 * Builds the Apache HttpClient 5 (classic, blocking) instance the preloader shares.
 *
 * <p>Why not {@code java.net.http}: warming a cache node means connecting to the node while sending
 * the URL's own {@code Host} header and SNI, and the JDK client refuses to set {@code Host}; it also
 * resolves names itself, so a checked address could not be pinned. HttpClient 5 routes to an
 * {@code HttpHost} that carries both the address to connect to and the name for SNI / certificate
 * checks, takes a custom {@code DnsResolver} (ours resolves nothing, so every connection goes to an
 * address the preloader pinned) and pools connections per route (address + URL host).
 *
 * <p>Everything that would change what the cache sees is off: no automatic redirects, retries,
 * content decompression ({@code Accept-Encoding} comes from the variant only), cookies or auth.
 */
final class PreloadHttpClient {
    private PreloadHttpClient() {}

    static CloseableHttpClient create(int maxConnections) {
        return create(maxConnections, TlsTrust.jdkDefaults());
    }

    /**
     * With the given trust; the TLS strategy verifies the certificate against the {@code HttpHost}'s
     * name (the URL's host), which is also the SNI it sends, while the socket goes to its address.
     */
    static CloseableHttpClient create(int maxConnections, TlsTrust trust) {
        PoolingHttpClientConnectionManager connections = PoolingHttpClientConnectionManagerBuilder.create()
                .setDnsResolver(new NoDnsResolver())
                .setTlsSocketStrategy(new DefaultClientTlsStrategy(trust.context()))
                .setMaxConnTotal(maxConnections)
                // Per-site concurrency is bounded by the caller; the total is the global cap.
                .setMaxConnPerRoute(maxConnections)
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setValidateAfterInactivity(TimeValue.ofSeconds(2))
                        .build())
                .build();
        return HttpClients.custom()
                .setConnectionManager(connections)
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableContentCompression()
                .disableCookieManagement()
                .disableAuthCaching()
                .evictIdleConnections(TimeValue.ofSeconds(30))
                .build();
    }
}
