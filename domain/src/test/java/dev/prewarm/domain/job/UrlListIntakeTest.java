package dev.prewarm.domain.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.prewarm.domain.error.InvalidParameterException;
import dev.prewarm.domain.site.SiteDomains;
import dev.prewarm.domain.url.PreloadUrl;
import dev.prewarm.domain.url.RejectionReason;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UrlListIntakeTest {
    private final List<String> accepted = new ArrayList<>();
    private final List<String> rejected = new ArrayList<>();

    private UrlListIntake intake(long quota, String... domains) {
        return new UrlListIntake(
                SiteDomains.of(domains),
                quota,
                (position, url) -> accepted.add(position + " " + url),
                (line, text, reason, detail) -> rejected.add(line + " " + reason.wireName() + " " + text));
    }

    @Test
    void acceptsNormalizedUrlsAtDensePositionsAndRejectsTheRestWithLineNumbers() {
        UrlListIntake intake = intake(3, "example.com", "*.example.com");

        intake.acceptAll("""
                # launch list
                https://example.com/a

                HTTPS://Example.com:443/a#top
                ftp://example.com/x
                https://other.org/
                https://cdn.example.com/b
                https://example.com/c
                https://example.com/d
                """);

        assertThat(accepted)
                .containsExactly("0 https://example.com/a", "1 https://cdn.example.com/b", "2 https://example.com/c");
        assertThat(rejected)
                .containsExactly(
                        "4 Duplicate HTTPS://Example.com:443/a#top",
                        "5 InvalidUrl ftp://example.com/x",
                        "6 InvalidDomain https://other.org/",
                        "9 QuotaExcess https://example.com/d");
        IntakeCounts counts = intake.counts();
        assertThat(counts.lines()).isEqualTo(9);
        assertThat(counts.skipped()).isEqualTo(2);
        assertThat(counts.urlCount()).isEqualTo(7);
        assertThat(counts.urlSubmitted()).isEqualTo(3);
        assertThat(counts.rejected())
                .isEqualTo(Map.of(
                        RejectionReason.INVALID_URL,
                        1L,
                        RejectionReason.INVALID_DOMAIN,
                        1L,
                        RejectionReason.DUPLICATE,
                        1L,
                        RejectionReason.QUOTA_EXCESS,
                        1L));
        assertThat(counts.domainsText()).isEqualTo("example.com,cdn.example.com");
        assertThat(counts.errorInfo()).isEqualTo("InvalidUrl,InvalidDomain,QuotaExcess");
    }

    @Test
    void invalidUrlWinsOverInvalidDomainAndDuplicateOverQuota() {
        UrlListIntake intake = intake(1, "example.com");

        intake.accept("https://other.org/a b");
        intake.accept("https://example.com/");
        intake.accept("https://example.com/");

        assertThat(rejected).containsExactly("1 InvalidUrl https://other.org/a b", "3 Duplicate https://example.com/");
    }

    @Test
    void aUrlRejectedForQuotaStaysQuotaExcessWhenRepeated() {
        UrlListIntake intake = intake(1, "example.com");

        intake.acceptAll("https://example.com/1\nhttps://example.com/2\nhttps://example.com/2\n");

        assertThat(rejected)
                .containsExactly("2 QuotaExcess https://example.com/2", "3 QuotaExcess https://example.com/2");
    }

    @Test
    void allLineTerminatorsSplitLines() {
        UrlListIntake intake = intake(10, "example.com");

        intake.acceptAll(new StringReader(
                "https://example.com/1\r\nhttps://example.com/2\rhttps://example.com/3\nhttps://example.com/4"));

        assertThat(accepted).hasSize(4);
        assertThat(intake.counts().lines()).isEqualTo(4);
    }

    @Test
    void anOverlongLineIsRejectedWithoutKeepingItWhole() {
        UrlListIntake intake = intake(10, "example.com");

        intake.acceptAll("https://example.com/" + "a".repeat(200_000) + "\nhttps://example.com/ok\n");

        assertThat(accepted).containsExactly("0 https://example.com/ok");
        assertThat(rejected).singleElement().satisfies(line -> {
            assertThat(line).startsWith("1 InvalidUrl https://example.com/aaa");
            assertThat(line.length()).isLessThan(2000);
        });
    }

    @Test
    void distinctDomainsAreBounded() {
        UrlListIntake intake = intake(100_000, "*.example.com");

        for (int i = 0; i < 500; i++) {
            intake.accept("https://h" + i + ".example.com/");
        }

        assertThat(intake.counts().domains())
                .hasSize(UrlListIntake.MAX_DISTINCT_DOMAINS)
                .startsWith("h0.example.com");
    }

    @Test
    void aQuotaBelowOneIsRefusedNamingIt() {
        assertThatThrownBy(() -> intake(0, "example.com"))
                .isInstanceOfSatisfying(
                        InvalidParameterException.class,
                        e -> assertThat(e.getMessage()).contains("got 0"));
    }

    @Test
    void describesRejectionsForTheNoValidUrlMessage() {
        UrlListIntake intake = intake(10, "example.com");

        intake.acceptAll("x\ny\nz\nhttps://other.org/\n");

        assertThat(intake.counts().describeRejections()).isEqualTo("3 InvalidUrl, 1 InvalidDomain");
    }

    @Test
    void aMillionUrlsAreDeduplicatedWithoutKeepingThem() {
        long[] count = {0};
        UrlListIntake intake = new UrlListIntake(
                SiteDomains.of("example.com"),
                1_000_000,
                (position, url) -> count[0]++,
                (line, text, reason, detail) -> {});

        for (int i = 0; i < 1_000_000; i++) {
            intake.accept("https://example.com/item/" + i);
        }
        intake.accept("https://example.com/item/999999");

        assertThat(count[0]).isEqualTo(1_000_000);
        assertThat(intake.counts().rejected(RejectionReason.DUPLICATE)).isEqualTo(1);
    }

    @Test
    void digestSetTracksTheAllZeroDigestApart() {
        UrlDigestSet set = new UrlDigestSet();

        assertThat(set.add(0, 0)).isTrue();
        assertThat(set.add(0, 0)).isFalse();
        assertThat(set.add(0, 1)).isTrue();
        assertThat(set.add(PreloadUrl.parse("https://a.com/", "Url"))).isTrue();
        assertThat(set.contains(PreloadUrl.parse("https://a.com/", "Url"))).isTrue();
        assertThat(set.contains(PreloadUrl.parse("https://b.com/", "Url"))).isFalse();
        assertThat(set.size()).isEqualTo(3);
    }
}
