package dev.prewarm.application.preload;

import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;

/**
 * The remote URL lists {@link Origin} serves under {@code /lists/}. Every list names its pages on
 * the host given as {@code ?host=} (default {@value #DEFAULT_HOST}), so a test picks its site's domain.
 *
 * <ul>
 *   <li>{@code plain.txt}: BOM, CRLF, a comment, a blank line, 3 good URLs, a duplicate, a URL of
 *       another domain and a line that is no URL: {@link #PLAIN_COUNTS}. {@code plain.txt.gz} is the
 *       same file gzipped ({@code application/gzip}), {@code encoded.txt} the same sent with
 *       {@code Content-Encoding: gzip}; {@code fake.gz} claims {@code application/gzip} but is text.
 *   <li>{@code generated.txt?count=N[&gzip=1]}: N distinct URLs, streamed.
 *   <li>{@code huge.txt}: 16 MiB of URLs, chunked; {@code slow.txt}: one line, then nothing until
 *       the origin closes (at most 5 s).
 *   <li>{@code redirect/N}: N redirects, then {@code plain.txt}.
 *   <li>{@code sitemap-index.xml}: an index of {@code sitemap-1.xml} and the gzipped
 *       {@code sitemap-2.xml.gz}: {@link #SITEMAP_COUNTS}. {@code nested-L.xml?levels=K}: indexes
 *       down to level K, where a sitemap lists one URL. {@code malformed.xml}, {@code xxe.xml}.
 * </ul>
 */
final class OriginLists {
    static final String DEFAULT_HOST = "www.example.com";

    /** URL lines, accepted, and the rejected Duplicate / InvalidDomain / InvalidUrl of plain.txt. */
    static final long[] PLAIN_COUNTS = {6, 3, 1, 1, 1};

    /** URL lines, accepted, and the rejected Duplicate / InvalidDomain / InvalidUrl of sitemap-index.xml. */
    static final long[] SITEMAP_COUNTS = {5, 3, 1, 1, 0};

    private OriginLists() {}

    static void serve(HttpExchange exchange, String path, CountDownLatch closing) throws IOException {
        String host = parameter(exchange, "host", DEFAULT_HOST);
        String name = path.substring("/lists/".length());
        if (name.startsWith("redirect/")) {
            int left = Integer.parseInt(name.substring("redirect/".length()));
            String next = left <= 1 ? "/lists/plain.txt" : "/lists/redirect/" + (left - 1);
            exchange.getResponseHeaders().set("Location", next + "?host=" + host);
            exchange.sendResponseHeaders(302, -1);
            return;
        }
        if (name.startsWith("nested-")) {
            int level = Integer.parseInt(name.substring("nested-".length(), name.indexOf('.')));
            int levels = Integer.parseInt(parameter(exchange, "levels", "3"));
            String query = "?host=" + host + "&levels=" + levels;
            send(
                    exchange,
                    "application/xml",
                    level < levels
                            ? index(base(exchange) + "/lists/nested-" + (level + 1) + ".xml" + query)
                            : urlset("https://" + host + "/nested"));
            return;
        }
        switch (name) {
            case "plain.txt" -> send(exchange, "text/plain; charset=utf-8", plain(host));
            case "plain.txt.gz" -> sendBytes(exchange, "application/gzip", null, gzip(plain(host)));
            case "encoded.txt" -> sendBytes(exchange, "text/plain", "gzip", gzip(plain(host)));
            case "fake.gz" -> send(exchange, "application/gzip", plain(host));
            case "generated.txt" -> generated(exchange, host);
            case "huge.txt" -> huge(exchange, host);
            case "slow.txt" -> slow(exchange, host, closing);
            case "sitemap-index.xml" -> {
                String query = "?host=" + host;
                send(
                        exchange,
                        "application/xml",
                        index(
                                base(exchange) + "/lists/sitemap-1.xml" + query,
                                base(exchange) + "/lists/sitemap-2.xml.gz" + query));
            }
            case "sitemap-1.xml" -> send(exchange, "application/xml", """
                        <?xml version="1.0" encoding="UTF-8"?>
                        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
                                xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">
                          <url><loc>https://%1$s/s1/a</loc><lastmod>2026-11-01</lastmod>
                            <image:image><image:loc>https://%1$s/s1/a.jpg</image:loc></image:image></url>
                          <url><loc>
                              https://%1$s/s1/b?x=1&amp;y=2
                          </loc></url>
                          <url><loc>https://elsewhere.invalid/s1</loc></url>
                        </urlset>
                        """.formatted(host));
            case "sitemap-2.xml.gz" ->
                sendBytes(
                        exchange,
                        "application/x-gzip",
                        null,
                        gzip(urlset("https://" + host + "/s2/a", "https://" + host + "/s1/a")));
            case "malformed.xml" ->
                send(exchange, "application/xml", "<urlset><url><loc>https://" + host + "/m</loc></url>");
            case "xxe.xml" -> send(exchange, "application/xml", """
                        <?xml version="1.0"?>
                        <!DOCTYPE urlset [<!ENTITY secret SYSTEM "file:///etc/hostname">]>
                        <urlset><url><loc>https://%s/&secret;</loc></url></urlset>
                        """.formatted(host));
            default -> {
                exchange.sendResponseHeaders(404, -1);
            }
        }
    }

    static String plain(String host) {
        return "\uFEFF# launch list\r\n"
                + "https://" + host + "/a\r\n"
                + "\r\n"
                + "https://" + host + "/b\r\n"
                + "https://" + host + "/a\r\n"
                + "https://elsewhere.invalid/x\r\n"
                + "not a url\r\n"
                + "https://" + host + "/c";
    }

    static String urlset(String... urls) {
        StringBuilder xml = new StringBuilder(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String url : urls) {
            xml.append("  <url><loc>").append(url).append("</loc></url>\n");
        }
        return xml.append("</urlset>\n").toString();
    }

    static String index(String... sitemaps) {
        StringBuilder xml = new StringBuilder(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String url : sitemaps) {
            xml.append("  <sitemap><loc>").append(url.replace("&", "&amp;")).append("</loc></sitemap>\n");
        }
        return xml.append("</sitemapindex>\n").toString();
    }

    static byte[] gzip(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void generated(HttpExchange exchange, String host) throws IOException {
        long count = Long.parseLong(parameter(exchange, "count", "1000"));
        boolean gzip = parameter(exchange, "gzip", "0").equals("1");
        exchange.getResponseHeaders().set("Content-Type", gzip ? "application/gzip" : "text/plain");
        exchange.sendResponseHeaders(200, 0);
        OutputStream body = exchange.getResponseBody();
        OutputStream out = gzip ? new GZIPOutputStream(body, 64 * 1024) : body;
        StringBuilder chunk = new StringBuilder();
        for (long i = 0; i < count; i++) {
            chunk.append("https://").append(host).append("/g/").append(i).append('\n');
            if (chunk.length() > 60_000) {
                out.write(chunk.toString().getBytes(StandardCharsets.US_ASCII));
                chunk.setLength(0);
            }
        }
        out.write(chunk.toString().getBytes(StandardCharsets.US_ASCII));
        out.close();
    }

    private static void huge(HttpExchange exchange, String host) throws IOException {
        exchange.sendResponseHeaders(200, 0);
        byte[] chunk = ("https://" + host + "/huge\n").repeat(2048).getBytes(StandardCharsets.US_ASCII);
        OutputStream out = exchange.getResponseBody();
        for (long sent = 0; sent < 16L * 1024 * 1024; sent += chunk.length) {
            out.write(chunk); // the client hangs up at its limit: the write then fails, as intended
        }
    }

    private static void slow(HttpExchange exchange, String host, CountDownLatch closing) throws IOException {
        exchange.sendResponseHeaders(200, 0);
        exchange.getResponseBody().write(("https://" + host + "/slow\n").getBytes(StandardCharsets.US_ASCII));
        exchange.getResponseBody().flush();
        try {
            closing.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void send(HttpExchange exchange, String contentType, String text) throws IOException {
        sendBytes(exchange, contentType, null, text.getBytes(StandardCharsets.UTF_8));
    }

    private static void sendBytes(HttpExchange exchange, String contentType, String encoding, byte[] body)
            throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        if (encoding != null) {
            exchange.getResponseHeaders().set("Content-Encoding", encoding);
        }
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
    }

    private static String base(HttpExchange exchange) {
        return "http://127.0.0.1:" + exchange.getLocalAddress().getPort();
    }

    private static String parameter(HttpExchange exchange, String name, String fallback) {
        String query = exchange.getRequestURI().getQuery();
        if (query != null) {
            for (String pair : query.split("&")) {
                if (pair.startsWith(name + "=")) {
                    return pair.substring(name.length() + 1);
                }
            }
        }
        return fallback;
    }
}
