package dev.prewarm.domain.task;

import static dev.prewarm.domain.site.SiteBuilder.aSite;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.prewarm.domain.account.AccountId;
import dev.prewarm.domain.error.InvalidParameterException;
import dev.prewarm.domain.site.Site;
import dev.prewarm.domain.site.SiteId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PreloadSubmissionTest {
    private static final TaskId ID = TaskId.of("0123456789abcdef01234567");
    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
    private static final Site SITE = aSite().withId(7)
            .ownedBy("1001")
            .withDomains("example.com", "*.example.com")
            .build();

    @Test
    void everyUrlBecomesARefreshingTaskOfTheCallInOrder() {
        TaskHeaders headers = TaskHeaders.of(Map.of("Accept-Encoding", "br"));

        List<PreloadTask> tasks = PreloadSubmission.accept(
                ID, SITE, List.of("HTTPS://Example.com:443/a#frag", "http://cdn.example.com/b?x=1"), headers, NOW);

        assertThat(tasks)
                .extracting(t -> t.content().value())
                .containsExactly("https://example.com/a", "http://cdn.example.com/b?x=1");
        assertThat(tasks).extracting(PreloadTask::position).containsExactly(0, 1);
        assertThat(tasks).allSatisfy(t -> {
            assertThat(t.taskId()).isEqualTo(ID);
            assertThat(t.owner()).isEqualTo(AccountId.of("1001"));
            assertThat(t.siteId()).isEqualTo(SiteId.of(7));
            assertThat(t.headers()).isEqualTo(headers);
            assertThat(t.status()).isEqualTo(TaskStatus.REFRESHING);
            assertThat(t.process()).isZero();
            assertThat(t.description()).isEmpty();
            assertThat(t.createdAt()).isEqualTo(NOW);
            assertThat(t.finishedAt()).isEmpty();
        });
    }

    @Test
    void urlsEqualAfterNormalizationBecomeOneTask() {
        List<PreloadTask> tasks = PreloadSubmission.accept(
                ID,
                SITE,
                List.of("https://example.com/a", "HTTPS://EXAMPLE.COM/a", "https://example.com/b"),
                TaskHeaders.none(),
                NOW);

        assertThat(tasks)
                .extracting(t -> t.content().value())
                .containsExactly("https://example.com/a", "https://example.com/b");
        assertThat(tasks).extracting(PreloadTask::position).containsExactly(0, 1);
    }

    @Test
    void aUrlOfAnotherDomainRejectsTheWholeCallNamingIt() {
        assertThatThrownBy(() -> PreloadSubmission.accept(
                        ID, SITE, List.of("https://example.com/ok", "https://evil.org/x"), TaskHeaders.none(), NOW))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("URL 2 'https://evil.org/x' is not on a domain of site 7")
                .extracting(e -> ((InvalidParameterException) e).code())
                .isEqualTo("InvalidParameter.Content");
    }

    @Test
    void anInvalidUrlIsNamedWithTheReason() {
        assertThatThrownBy(() ->
                        PreloadSubmission.accept(ID, SITE, List.of("ftp://example.com/x"), TaskHeaders.none(), NOW))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining(
                        "URL 1 'ftp://example.com/x' is not valid: the scheme 'ftp' is not http or https");
    }

    @Test
    void aVeryLongBadUrlIsCutInTheMessage() {
        String longUrl = "https://evil.org/" + "a".repeat(3000);
        assertThatThrownBy(() -> PreloadSubmission.accept(ID, SITE, List.of(longUrl), TaskHeaders.none(), NOW))
                .hasMessageContaining("...")
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(600));
    }

    @Test
    void oneToAThousandUrlsAreAccepted() {
        List<String> thousand = IntStream.range(0, 1000)
                .mapToObj(i -> "https://example.com/" + i)
                .toList();
        List<String> tooMany = new ArrayList<>(thousand);
        tooMany.add("https://example.com/x");

        assertThat(PreloadSubmission.accept(ID, SITE, thousand, TaskHeaders.none(), NOW))
                .hasSize(1000);
        assertThatThrownBy(() -> PreloadSubmission.accept(ID, SITE, tooMany, TaskHeaders.none(), NOW))
                .hasMessageContaining("must hold 1 to 1000 URLs, got 1001");
        assertThatThrownBy(() -> PreloadSubmission.accept(ID, SITE, Collections.emptyList(), TaskHeaders.none(), NOW))
                .hasMessageContaining("got 0");
    }
}
