package dev.prewarm.domain.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prewarm.domain.site.SiteDomains;
import dev.prewarm.domain.url.PreloadUrl;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

class UrlListIntakePropertiesTest {

    @Property
    void everyLineIsAcceptedRejectedOrSkippedPositionsAreDenseAndTheQuotaHolds(
            @ForAll("lists") List<String> lines, @ForAll @LongRange(min = 1, max = 30) long quota) {
        List<Long> positions = new ArrayList<>();
        List<PreloadUrl> urls = new ArrayList<>();
        long[] rejectedLines = {0};
        UrlListIntake intake = new UrlListIntake(
                SiteDomains.of("example.com", "*.example.org"),
                quota,
                (position, url) -> {
                    positions.add(position);
                    urls.add(url);
                },
                (line, text, reason, detail) -> rejectedLines[0]++);

        lines.forEach(intake::accept);
        IntakeCounts counts = intake.counts();

        assertThat(counts.urlSubmitted() + counts.totalRejected() + counts.skipped())
                .isEqualTo(lines.size());
        assertThat(rejectedLines[0]).isEqualTo(counts.totalRejected());
        assertThat(positions).hasSize((int) counts.urlSubmitted());
        for (int i = 0; i < positions.size(); i++) {
            assertThat(positions.get(i)).isEqualTo(i);
        }
        assertThat(counts.urlSubmitted()).isLessThanOrEqualTo(quota);
        assertThat(new HashSet<>(urls)).hasSameSizeAs(urls);
    }

    @Property
    void joiningTheListWithAnyTerminatorGivesTheSameOutcome(
            @ForAll("lists") List<String> lines, @ForAll("terminators") String terminator) {
        List<String> viaLines = run(intake -> lines.forEach(intake::accept));
        List<String> viaText = run(intake -> intake.acceptAll(String.join(terminator, lines)));

        assertThat(viaText).isEqualTo(viaLines);
    }

    private static List<String> run(java.util.function.Consumer<UrlListIntake> feed) {
        List<String> events = new ArrayList<>();
        UrlListIntake intake = new UrlListIntake(
                SiteDomains.of("example.com", "*.example.org"),
                20,
                (position, url) -> events.add(position + " " + url),
                (line, text, reason, detail) -> events.add(line + " " + reason));
        feed.accept(intake);
        return events;
    }

    @Provide
    Arbitrary<String> terminators() {
        return Arbitraries.of("\n", "\r\n", "\r");
    }

    @Provide
    Arbitrary<List<String>> lists() {
        Arbitrary<String> good = Arbitraries.of(
                        "https://example.com",
                        "HTTP://EXAMPLE.com:80",
                        "https://a.example.org",
                        "https://b.c.example.org:8443",
                        "https://example.org",
                        "https://other.net")
                .flatMap(base -> Arbitraries.strings()
                        .withChars("/abé%#?")
                        .ofMaxLength(6)
                        .map(p -> base + "/" + p));
        Arbitrary<String> noise = Arbitraries.strings()
                .withCharRange(' ', '~')
                .withChars("\t\u00a0é")
                .ofMaxLength(30);
        Arbitrary<String> comment = Arbitraries.of("", "   ", "# note", "  #https://example.com/");
        return Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(6, good),
                        net.jqwik.api.Tuple.of(2, noise),
                        net.jqwik.api.Tuple.of(1, comment))
                .list()
                .ofMaxSize(60);
    }
}
