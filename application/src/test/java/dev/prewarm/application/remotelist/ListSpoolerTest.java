package dev.prewarm.application.remotelist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.prewarm.application.preload.Downloader;
import dev.prewarm.application.preload.HostResolver;
import dev.prewarm.application.preload.Origin;
import dev.prewarm.domain.error.InvalidParameterException;
import dev.prewarm.domain.job.InsertWay;
import dev.prewarm.domain.outbound.Cidr;
import dev.prewarm.domain.outbound.OutboundPolicy;
import dev.prewarm.domain.url.RejectionReason;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Remote lists downloaded from the real test origin through the outbound policy, then taken in by the intake. */
class ListSpoolerTest {
    private static final String HOST = "shop.example.com";
    private static final ListLimits LIMITS = new ListLimits(1 << 20, 4 << 20, Duration.ofSeconds(30), 20);
    private static Origin origin;
    private static Downloader downloader;
    private static ListSpooler spooler;

    @BeforeAll
    static void start() throws IOException {
        origin = new Origin();
        downloader = new Downloader(
                OutboundPolicy.withAllowed(List.of(Cidr.parse("127.0.0.1/32"))),
                HostResolver.system(),
                Duration.ofSeconds(2),
                Duration.ofSeconds(10),
                Clock.systemUTC());
        spooler = new ListSpooler(downloader, Clock.systemUTC());
    }

    @AfterAll
    static void stop() {
        try (Origin o = origin;
                Downloader d = downloader) {
            // both closed
        }
    }

    private static String list(String name) {
        return "http://127.0.0.1:" + origin.port() + "/lists/" + name + (name.contains("?") ? "&" : "?") + "host="
                + HOST;
    }

    private static Intake ingest(InsertWay way, String url, ListLimits limits) throws IOException {
        try (SpooledList spool = spooler.spool(way, url, limits);
                Reader lines = spool.reader()) {
            return Intake.of(lines, HOST);
        }
    }

    private static Intake ingest(InsertWay way, String url) throws IOException {
        return ingest(way, url, LIMITS);
    }

    private static void assertPlainCounts(Intake intake) {
        assertThat(intake.accepted())
                .containsExactly("https://" + HOST + "/a", "https://" + HOST + "/b", "https://" + HOST + "/c");
        assertThat(intake.counts().urlCount()).isEqualTo(6);
        assertThat(intake.rejected()).containsExactly("5 Duplicate", "6 InvalidDomain", "7 InvalidUrl");
    }

    private static void assertRefused(InsertWay way, String url, String reason) {
        assertThatThrownBy(() -> ingest(way, url))
                .isInstanceOf(InvalidParameterException.class)
                .satisfies(e ->
                        assertThat(((InvalidParameterException) e).parameter()).isEqualTo("OssUrl"))
                .satisfies(e ->
                        assertThat(((InvalidParameterException) e).reason()).contains(reason));
    }

    @Test
    void aPlainListGzippedOrNotOrSentGzipEncodedGivesTheSameJob() throws IOException {
        assertPlainCounts(ingest(InsertWay.OSS, list("plain.txt")));
        assertPlainCounts(ingest(InsertWay.OSS, list("plain.txt.gz")));
        assertPlainCounts(ingest(InsertWay.OSS, list("encoded.txt")));
    }

    @Test
    void threeRedirectsAreFollowedAndAFourthIsRefused() throws IOException {
        assertPlainCounts(ingest(InsertWay.OSS, list("redirect/3")));
        assertRefused(InsertWay.OSS, list("redirect/4"), "redirects more than 3 times");
    }

    @Test
    void aSitemapIndexLeadsToItsSitemapsOneOfThemGzipped() throws IOException {
        Intake intake = ingest(InsertWay.SITEMAP, list("sitemap-index.xml"));

        assertThat(intake.accepted())
                .containsExactly(
                        "https://" + HOST + "/s1/a", "https://" + HOST + "/s1/b?x=1&y=2", "https://" + HOST + "/s2/a");
        assertThat(intake.counts().urlCount()).isEqualTo(5);
        assertThat(intake.counts().rejected(RejectionReason.DUPLICATE)).isEqualTo(1);
        assertThat(intake.counts().rejected(RejectionReason.INVALID_DOMAIN)).isEqualTo(1);
    }

    @Test
    void sitemapsNestThreeLevelsButNotFour() throws IOException {
        assertThat(ingest(InsertWay.SITEMAP, list("nested-1.xml?levels=3")).accepted())
                .containsExactly("https://" + HOST + "/nested");
        assertRefused(InsertWay.SITEMAP, list("nested-1.xml?levels=4"), "nest deeper than 3 levels");
    }

    @Test
    void aLargeGzippedListArrivesInFullAndInOrder() throws IOException {
        ListLimits roomy = new ListLimits(256L << 20, 1L << 30, Duration.ofMinutes(2), 1);
        Intake intake = ingest(InsertWay.OSS, list("generated.txt?count=50000&gzip=1"), roomy);

        assertThat(intake.counts().urlSubmitted()).isEqualTo(50_000);
        assertThat(intake.accepted().get(49_999)).isEqualTo("https://" + HOST + "/g/49999");
    }

    @Test
    void privateLinkLocalAndUnallowedLoopbackAddressesAreRefusedBeforeConnecting() throws IOException {
        assertRefused(InsertWay.OSS, "http://10.0.0.1/list.txt", "10.0.0.1 is private");
        assertRefused(InsertWay.SITEMAP, "http://169.254.169.254/latest/sitemap.xml", "169.254.169.254");
        int hitsBefore = origin.hits("/lists/plain.txt");
        try (Downloader strict = new Downloader(
                OutboundPolicy.standard(),
                HostResolver.system(),
                Duration.ofSeconds(2),
                Duration.ofSeconds(2),
                Clock.systemUTC())) {
            assertThatThrownBy(() ->
                            new ListSpooler(strict, Clock.systemUTC()).spool(InsertWay.OSS, list("plain.txt"), LIMITS))
                    .isInstanceOf(InvalidParameterException.class)
                    .hasMessageContaining("loopback");
        }
        assertThat(origin.hits("/lists/plain.txt"))
                .as("connections to a refused address")
                .isEqualTo(hitsBefore);
    }

    @Test
    void errorsOfTheServerAndOfTheContentSayWhatWentWrong() {
        assertRefused(InsertWay.OSS, list("missing.txt"), "answered HTTP 404");
        assertRefused(InsertWay.OSS, list("fake.gz"), "Content-Type: application/gzip but the file is not gzip");
        assertRefused(InsertWay.SITEMAP, list("malformed.xml"), "is not well-formed XML");
        assertRefused(InsertWay.SITEMAP, list("xxe.xml"), "DOCTYPE");
        assertRefused(InsertWay.SITEMAP, list("plain.txt"), "is not well-formed XML");
        assertRefused(InsertWay.OSS, "ftp://127.0.0.1/list.txt", "is not a valid URL");
    }

    @Test
    void aFileOverTheSizeLimitIsCutOffThere() {
        assertRefused(InsertWay.OSS, list("huge.txt"), "larger than the limit of 1048576 bytes");
    }

    @Test
    void aSlowServerIsCutOffAtTheTimeLimit() {
        ListLimits quick = new ListLimits(1 << 20, 1 << 20, Duration.ofMillis(700), 1);
        long start = System.nanoTime();

        assertThatThrownBy(() -> ingest(InsertWay.OSS, list("slow.txt"), quick))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("took longer than the limit");

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
    }

    @Test
    void aFailedDownloadLeavesNoSpoolFileBehind() throws IOException {
        Path temp = Path.of(System.getProperty("java.io.tmpdir"));
        long before = spoolFiles(temp);

        assertRefused(InsertWay.OSS, list("fake.gz"), "not gzip");

        assertThat(spoolFiles(temp)).isEqualTo(before);
    }

    private static long spoolFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().startsWith("prewarm-list-"))
                    .count();
        }
    }
}
