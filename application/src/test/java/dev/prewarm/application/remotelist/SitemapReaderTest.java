package dev.prewarm.application.remotelist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SitemapReaderTest {
    private final SitemapReader reader = new SitemapReader();
    private final List<String> pages = new ArrayList<>();
    private final List<String> sitemaps = new ArrayList<>();

    private SitemapReader.Kind read(String xml) throws IOException {
        return reader.read(
                new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "s.xml", pages::add, sitemaps::add);
    }

    @Test
    void aUrlSetHandsOnEachPageLocInOrderAndIgnoresExtensionLocs() throws IOException {
        SitemapReader.Kind kind = read("""
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
                        xmlns:image="http://www.google.com/schemas/sitemap-image/1.1"
                        xmlns:xhtml="http://www.w3.org/1999/xhtml">
                  <!-- a comment -->
                  <url><loc>https://a.example/1</loc><lastmod>2026-01-01</lastmod>
                    <image:image><image:loc>https://a.example/1.jpg</image:loc></image:image>
                    <xhtml:link rel="alternate" hreflang="de" href="https://a.example/de/1"/></url>
                  <url><loc>
                     https://a.example/2?x=1&amp;y=2
                  </loc></url>
                  <url><loc><![CDATA[https://a.example/3?a=<b>]]></loc></url>
                </urlset>
                """);

        assertThat(kind).isEqualTo(SitemapReader.Kind.URL_SET);
        assertThat(pages)
                .containsExactly("https://a.example/1", "https://a.example/2?x=1&y=2", "https://a.example/3?a=<b>");
        assertThat(sitemaps).isEmpty();
    }

    @Test
    void anIndexHandsOnItsSitemapsAndNoPages() throws IOException {
        SitemapReader.Kind kind = read("""
                <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <sitemap><loc>https://a.example/s1.xml</loc><lastmod>2026-01-01</lastmod></sitemap>
                  <sitemap><loc>https://a.example/s2.xml.gz</loc></sitemap>
                </sitemapindex>
                """);

        assertThat(kind).isEqualTo(SitemapReader.Kind.INDEX);
        assertThat(sitemaps).containsExactly("https://a.example/s1.xml", "https://a.example/s2.xml.gz");
        assertThat(pages).isEmpty();
    }

    @Test
    void anExternalEntityIsRefusedAndNothingIsRead() {
        assertThatThrownBy(() -> read("""
                        <?xml version="1.0"?>
                        <!DOCTYPE urlset [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                        <urlset><url><loc>https://a.example/&secret;</loc></url></urlset>
                        """))
                .isInstanceOf(RemoteListException.class)
                .hasMessageContaining("DOCTYPE");
        assertThat(pages).isEmpty();
    }

    @Test
    void entityExpansionIsRefused() {
        String laughs = "<!ENTITY a0 \"lol\">"
                + java.util.stream.IntStream.range(1, 10)
                        .mapToObj(i -> "<!ENTITY a" + i + " \"" + ("&a" + (i - 1) + ";").repeat(10) + "\">")
                        .reduce("", String::concat);
        assertThatThrownBy(() -> read("<?xml version=\"1.0\"?><!DOCTYPE urlset [" + laughs
                        + "]><urlset><url><loc>https://a.example/&a9;</loc></url></urlset>"))
                .isInstanceOf(RemoteListException.class)
                .hasMessageContaining("DOCTYPE");
        assertThat(pages).isEmpty();
    }

    @Test
    void malformedXmlIsReportedWithItsPosition() {
        assertThatThrownBy(() -> read("<urlset>\n<url><loc>https://a.example/1</loc></url>\n<url><loc>x</url>"))
                .isInstanceOf(RemoteListException.class)
                .hasMessageStartingWith("the sitemap s.xml is not well-formed XML (line 3");
    }

    @Test
    void anHtmlPageIsNotASitemap() {
        assertThatThrownBy(() -> read("<html><body>Not found</body></html>"))
                .isInstanceOf(RemoteListException.class)
                .hasMessageContaining("its root element is <html>");
    }

    @Test
    void anEmptyBodyIsReported() {
        assertThatThrownBy(() -> read("")).isInstanceOf(RemoteListException.class);
    }

    @Test
    void aHugeLocIsCutSoThatItCannotFillMemory() throws IOException {
        String huge = "https://a.example/" + "x".repeat(5_000_000);

        read("<urlset><url><loc>" + huge + "</loc></url><url><loc>https://a.example/next</loc></url></urlset>");

        assertThat(pages).hasSize(2);
        assertThat(pages.get(0)).hasSize(SitemapReader.MAX_LOC_CHARS);
        assertThat(pages.get(1)).isEqualTo("https://a.example/next");
    }

    @Test
    void absurdNestingIsRefused() {
        String deep = "<x>".repeat(100) + "</x>".repeat(100);
        assertThatThrownBy(() -> read("<urlset>" + deep + "</urlset>"))
                .isInstanceOf(RemoteListException.class)
                .hasMessageContaining("nests elements deeper than");
    }
}
