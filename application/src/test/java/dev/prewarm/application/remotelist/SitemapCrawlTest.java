package dev.prewarm.application.remotelist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.prewarm.domain.url.PreloadUrl;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** The walk over indexes, with documents served from memory (gzipped ones unpacked as downloads are). */
class SitemapCrawlTest {
    private final Map<String, byte[]> documents = new HashMap<>();
    private final List<String> fetched = new ArrayList<>();
    private final List<String> pages = new ArrayList<>();
    private final TransferBudget budget =
            new TransferBudget(new ListLimits(1 << 20, 1 << 20, Duration.ofMinutes(1), 100), Clock.systemUTC());

    private InputStream open(PreloadUrl url) throws IOException {
        fetched.add(url.value());
        byte[] body = documents.get(url.value());
        if (body == null) {
            throw new FileNotFoundException(url.value());
        }
        return ListBody.decode(new ByteArrayInputStream(body), Optional.empty(), Optional.empty(), budget);
    }

    private void crawl(String root) throws IOException {
        new SitemapCrawl(this::open, 100).crawl(new PreloadUrl(root), pages::add);
    }

    @Test
    void anIndexLeadsToItsSitemapsInOrderGzippedOrNot() throws IOException {
        documents.put("https://a.example/index.xml", index("https://a.example/1.xml", "https://a.example/2.xml.gz"));
        documents.put("https://a.example/1.xml", urlset("https://a.example/p1", "https://a.example/p2"));
        documents.put("https://a.example/2.xml.gz", gzip(urlset("https://a.example/p3")));

        crawl("https://a.example/index.xml");

        assertThat(pages).containsExactly("https://a.example/p1", "https://a.example/p2", "https://a.example/p3");
    }

    @Test
    void indexesNestThreeLevelsDeep() throws IOException {
        documents.put("https://a.example/l1.xml", index("https://a.example/l2.xml"));
        documents.put("https://a.example/l2.xml", index("https://a.example/l3.xml"));
        documents.put("https://a.example/l3.xml", urlset("https://a.example/deep"));

        crawl("https://a.example/l1.xml");

        assertThat(pages).containsExactly("https://a.example/deep");
    }

    @Test
    void aFourthLevelIsRefusedBeforeItIsFetched() {
        documents.put("https://a.example/l1.xml", index("https://a.example/l2.xml"));
        documents.put("https://a.example/l2.xml", index("https://a.example/l3.xml"));
        documents.put("https://a.example/l3.xml", index("https://a.example/l4.xml"));
        documents.put("https://a.example/l4.xml", urlset("https://a.example/too-deep"));

        assertThatThrownBy(() -> crawl("https://a.example/l1.xml"))
                .isInstanceOf(RemoteListException.class)
                .hasMessageContaining("nest deeper than 3 levels");
        assertThat(fetched).doesNotContain("https://a.example/l4.xml");
        assertThat(pages).isEmpty();
    }

    @Test
    void anIndexListingItselfEndsAndADocumentListedTwiceIsReadOnce() throws IOException {
        documents.put(
                "https://a.example/index.xml",
                index("https://a.example/index.xml", "https://a.example/1.xml", "https://a.example/1.xml"));
        documents.put("https://a.example/1.xml", urlset("https://a.example/p1"));

        crawl("https://a.example/index.xml");

        assertThat(pages).containsExactly("https://a.example/p1");
        assertThat(fetched).containsExactly("https://a.example/index.xml", "https://a.example/1.xml");
    }

    @Test
    void anIndexListingSomethingThatIsNoUrlIsRefused() {
        documents.put("https://a.example/index.xml", index("ftp://a.example/1.xml"));

        assertThatThrownBy(() -> crawl("https://a.example/index.xml"))
                .isInstanceOf(RemoteListException.class)
                .hasMessageContaining("lists 'ftp://a.example/1.xml'");
    }

    @Test
    void brokenGzipIsReportedAsSuch() {
        byte[] gzip = gzip(urlset("https://a.example/p1"));
        documents.put("https://a.example/s.xml.gz", java.util.Arrays.copyOf(gzip, gzip.length / 2));

        assertThatThrownBy(() -> crawl("https://a.example/s.xml.gz"))
                .isInstanceOf(RemoteListException.class)
                .hasMessageContaining("gzip data is corrupt or cut short");
    }

    static byte[] urlset(String... urls) {
        StringBuilder xml = new StringBuilder("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
        for (String url : urls) {
            xml.append("<url><loc>").append(url).append("</loc></url>");
        }
        return xml.append("</urlset>").toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] index(String... urls) {
        StringBuilder xml = new StringBuilder("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
        for (String url : urls) {
            xml.append("<sitemap><loc>").append(url).append("</loc></sitemap>");
        }
        return xml.append("</sitemapindex>").toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
