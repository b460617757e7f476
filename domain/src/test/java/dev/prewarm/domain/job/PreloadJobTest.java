package dev.prewarm.domain.job;

import static dev.prewarm.domain.job.JobBuilder.aJob;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.prewarm.domain.account.AccountId;
import dev.prewarm.domain.error.ErrorCode;
import dev.prewarm.domain.error.InvalidParameterException;
import dev.prewarm.domain.error.NoValidUrlException;
import dev.prewarm.domain.error.PermissionDeniedException;
import org.junit.jupiter.api.Test;

class PreloadJobTest {

    @Test
    void aNewJobCarriesTheIntakeCountersAndAnUnstartedCursor() {
        PreloadJob job = aJob().withUrls(
                        "https://example.com/a",
                        "https://example.com/a",
                        "https://x.org/",
                        "bad",
                        "",
                        "https://cdn.example.com/b")
                .build();

        assertThat(job.urlCount()).isEqualTo(5);
        assertThat(job.urlSubmitted()).isEqualTo(2);
        assertThat(job.taskSubmitted()).isZero();
        assertThat(job.domains()).isEqualTo("example.com,cdn.example.com");
        assertThat(job.errorInfo()).isEqualTo("InvalidUrl,InvalidDomain");
        assertThat(job.taskType()).isEqualTo("preload");
        assertThat(job.fileId()).isEqualTo(job.id().value());
        assertThat(job.failedFileId()).isEmpty();
    }

    @Test
    void duplicatesAloneLeaveErrorInfoEmpty() {
        assertThat(aJob().withUrls("https://example.com/", "https://EXAMPLE.com:443/#x")
                        .build()
                        .errorInfo())
                .isEmpty();
    }

    @Test
    void aListWithoutOneValidUrlIsRefusedWithCountsByReason() {
        assertThatThrownBy(
                        () -> aJob().withUrls("a", "b", "c", "https://x.org/").build())
                .isInstanceOfSatisfying(NoValidUrlException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(ErrorCode.NO_VALID_URL);
                    assertThat(e.code()).isEqualTo("InvalidUrlList.NoValidUrl");
                    assertThat(e.getMessage()).contains("3 InvalidUrl, 1 InvalidDomain");
                });
        assertThatThrownBy(() -> aJob().withUrls("", "# only comments").build())
                .isInstanceOf(NoValidUrlException.class)
                .hasMessageContaining("no URL lines");
    }

    @Test
    void claimingHandsOutConsecutiveRangesUntilExhausted() {
        PreloadJob job = aJob().withUrlCount(5).build();

        assertThat(job.claimNext(2)).isEqualTo(new UrlRange(0, 2));
        assertThat(job.claimNext(2)).isEqualTo(new UrlRange(2, 4));
        assertThat(job.remaining()).isEqualTo(1);
        assertThat(job.claimNext(2)).isEqualTo(new UrlRange(4, 5));
        assertThat(job.isExhausted()).isTrue();
        assertThat(job.claimNext(2))
                .satisfies(range -> assertThat(range.isEmpty()).isTrue());
        assertThat(job.taskSubmitted()).isEqualTo(5);
    }

    @Test
    void onlyTheRangeHandedOutLastCanBeGivenBack() {
        PreloadJob job = aJob().withUrlCount(10).build();
        UrlRange first = job.claimNext(3);
        UrlRange second = job.claimNext(3);

        assertThat(job.giveBack(first)).as("URLs after it are handed out").isFalse();
        assertThat(job.taskSubmitted()).isEqualTo(6);
        assertThat(job.giveBack(second)).isTrue();
        assertThat(job.taskSubmitted()).isEqualTo(3);
        assertThat(job.claimNext(3)).isEqualTo(second);
    }

    @Test
    void rewindingPutsTheCursorBackToTheStart() {
        PreloadJob job = aJob().withUrlCount(3).build();
        job.claimNext(10);

        job.rewind();

        assertThat(job.taskSubmitted()).isZero();
        assertThat(job.isExhausted()).isFalse();
        assertThat(job.claimNext(1)).isEqualTo(new UrlRange(0, 1));
    }

    @Test
    void aSliceBelowOneIsRefusedNamingIt() {
        PreloadJob job = aJob().build();

        assertThatThrownBy(() -> job.claimNext(0)).isInstanceOfSatisfying(InvalidParameterException.class, e -> {
            assertThat(e.code()).isEqualTo("InvalidParameter.SliceLen");
            assertThat(e.getMessage()).contains("got 0");
        });
    }

    @Test
    void anotherAccountIsDeniedNamingTheJob() {
        PreloadJob job = aJob().ownedBy("1001").build();

        job.ensureOwnedBy(AccountId.of("1001"));
        assertThatThrownBy(() -> job.ensureOwnedBy(AccountId.of("2")))
                .isInstanceOfSatisfying(
                        PermissionDeniedException.class,
                        e -> assertThat(e.objectId()).isEqualTo(job.id().value()));
    }

    @Test
    void attachingFilesRecordsWhereTheListsAre() {
        PreloadJob job = aJob().build();

        job.attachFiles("files/accepted-1", "files/rejected-1");

        assertThat(job.fileId()).isEqualTo("files/accepted-1");
        assertThat(job.failedFileId()).hasValue("files/rejected-1");
    }

    @Test
    void insertWayParsesWireNamesExactly() {
        assertThat(InsertWay.parse("textBox")).isEqualTo(InsertWay.TEXT_BOX);
        assertThat(InsertWay.parse("oss")).isEqualTo(InsertWay.OSS);
        assertThat(InsertWay.parse("sitemap")).isEqualTo(InsertWay.SITEMAP);
        assertThatThrownBy(() -> InsertWay.parse("TextBox"))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> {
                    assertThat(e.code()).isEqualTo("InvalidParameter.InsertWay");
                    assertThat(e.getMessage()).contains("'TextBox'");
                });
    }

    @Test
    void jobNamesAreOneTo128CharactersWithoutControlCharacters() {
        assertThat(JobName.of("x".repeat(128)).value()).hasSize(128);
        assertThatThrownBy(() -> JobName.of(""))
                .isInstanceOfSatisfying(
                        InvalidParameterException.class,
                        e -> assertThat(e.code()).isEqualTo("InvalidParameter.Name"));
        assertThatThrownBy(() -> JobName.of("y".repeat(129)))
                .hasMessageContaining("129")
                .hasMessageContaining("yyyy");
        assertThatThrownBy(() -> JobName.of("a\tb")).hasMessageContaining("a?b");
    }
}
