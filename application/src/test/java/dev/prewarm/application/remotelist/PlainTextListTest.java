package dev.prewarm.application.remotelist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.prewarm.domain.url.RejectionReason;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A plain-text list from its bytes on the wire to the intake: gzip detection, CRLF, BOM, comments. */
class PlainTextListTest {
    private static final String LIST = "\uFEFF# launch\r\nhttps://a.example/1\r\n\r\nhttps://a.example/2\n"
            + "  # indented comment\rhttps://a.example/1\r\nhttps://b.example/x\r\nhttps://a.example/3";

    private TransferBudget budget = budget(1 << 20, 1 << 20);

    private static TransferBudget budget(long fileBytes, long decodedBytes) {
        return new TransferBudget(new ListLimits(fileBytes, decodedBytes, Duration.ofMinutes(1), 1), Clock.systemUTC());
    }

    private String read(byte[] wire, String contentEncoding, String contentType) throws IOException {
        InputStream decoded = ListBody.decode(
                budget.countingFileBytes(new ByteArrayInputStream(wire)),
                Optional.ofNullable(contentEncoding),
                Optional.ofNullable(contentType),
                budget);
        StringWriter spool = new StringWriter();
        PlainTextList.copy(decoded, spool);
        return spool.toString();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void crlfBomCommentsBlankLinesAndLoneCrReachTheIntakeAsLines() throws IOException {
        Intake intake = Intake.of(new StringReader(read(utf8(LIST), null, "text/plain")), "a.example");

        assertThat(intake.accepted())
                .containsExactly("https://a.example/1", "https://a.example/2", "https://a.example/3");
        assertThat(intake.counts().lines()).isEqualTo(8);
        assertThat(intake.counts().skipped()).isEqualTo(3);
        assertThat(intake.counts().urlCount()).isEqualTo(5);
        assertThat(intake.counts().rejected(RejectionReason.DUPLICATE)).isEqualTo(1);
        assertThat(intake.rejected()).containsExactly("6 Duplicate", "7 InvalidDomain");
    }

    @Test
    void aGzipFileIsRecognisedByItsMagicBytesWhateverTheHeadersSay() throws IOException {
        byte[] gzip = SitemapCrawlTest.gzip(utf8(LIST));

        assertThat(read(gzip, null, null)).isEqualTo(LIST);
        assertThat(read(gzip, null, "application/octet-stream")).isEqualTo(LIST);
        assertThat(read(gzip, null, "application/gzip")).isEqualTo(LIST);
    }

    @Test
    void contentEncodingGzipIsUndoneAndAGzipFileInsideItToo() throws IOException {
        byte[] once = SitemapCrawlTest.gzip(utf8(LIST));

        assertThat(read(once, "gzip", "text/plain")).isEqualTo(LIST);
        assertThat(read(SitemapCrawlTest.gzip(once), "GZIP", "application/gzip"))
                .isEqualTo(LIST);
    }

    @Test
    void aBodyClaimingGzipThatIsNotIsRefused() {
        assertThatThrownBy(() -> read(utf8(LIST), null, "application/x-gzip; charset=binary"))
                .isInstanceOf(RemoteListException.class)
                .hasMessage(
                        "the server says Content-Type: application/x-gzip; charset=binary but the file is not gzip");
        assertThatThrownBy(() -> read(utf8(LIST), "gzip", "text/plain"))
                .isInstanceOf(RemoteListException.class)
                .hasMessage("the server says Content-Encoding: gzip but the body is not gzip");
    }

    @Test
    void anEncodingOtherThanGzipIsRefused() {
        assertThatThrownBy(() -> read(utf8(LIST), "br", "text/plain"))
                .isInstanceOf(RemoteListException.class)
                .hasMessageContaining("Content-Encoding 'br'");
    }

    @Test
    void bytesThatAreNotUtf8RefuseTheFileNamingTheLine() {
        byte[] latin1 = "https://a.example/1\nhttps://a.example/caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> read(latin1, null, "text/plain"))
                .isInstanceOf(RemoteListException.class)
                .hasMessage("the file is not UTF-8 text (invalid bytes in line 2)");
    }

    @Test
    void aGzipBombStopsAtTheUnpackedLimit() {
        budget = budget(1 << 20, 64 * 1024);
        byte[] bomb = SitemapCrawlTest.gzip(new byte[10 << 20]);
        assertThat(bomb.length).isLessThan(1 << 20);

        assertThatThrownBy(() -> read(bomb, null, null))
                .isInstanceOf(RemoteListException.class)
                .hasMessage("the file unpacks to more than the limit of 65536 bytes");
    }

    @Test
    void theFileLimitCountsBytesOnTheWire() {
        budget = budget(1000, 1 << 20);

        assertThatThrownBy(() -> read(utf8("https://a.example/1\n".repeat(100)), null, null))
                .isInstanceOf(RemoteListException.class)
                .hasMessageStartingWith("the file is larger than the limit of 1000 bytes");
    }
}
