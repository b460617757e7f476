package dev.prewarm.domain.site;

import static dev.prewarm.domain.site.SiteBuilder.aSite;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.prewarm.domain.account.AccountId;
import dev.prewarm.domain.error.ErrorCode;
import dev.prewarm.domain.error.InvalidParameterException;
import dev.prewarm.domain.error.PermissionDeniedException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SiteTest {

    @Test
    void aNewSiteIsPendingUntilActivated() {
        Site site = Site.register(
                SiteId.of(7),
                AccountId.of("1"),
                SiteName.of("Shop"),
                SiteDomains.of("shop.com"),
                RequestProfile.defaults(),
                Instant.parse("2025-03-01T00:00:00Z"));

        assertThat(site.status()).isEqualTo(SiteStatus.PENDING);
        assertThat(site.isActive()).isFalse();
        site.activate();
        assertThat(site.isActive()).isTrue();
        site.takeOffline();
        assertThat(site.status()).isEqualTo(SiteStatus.OFFLINE);
    }

    @Test
    void renamingChangingDomainsAndProfileReplaceThem() {
        Site site = aSite().build();

        site.rename(SiteName.of("  New name "));
        site.changeDomains(SiteDomains.of("other.org"));
        site.changeProfile(RequestProfile.defaults().withConcurrency(2));

        assertThat(site.name().value()).isEqualTo("New name");
        assertThat(site.owns("other.org")).isTrue();
        assertThat(site.owns("example.com")).isFalse();
        assertThat(site.profile().concurrency()).isEqualTo(2);
    }

    @Test
    void anotherAccountIsDeniedNamingTheSite() {
        Site site = aSite().withId(42).ownedBy("1001").build();

        site.ensureOwnedBy(AccountId.of("1001"));
        assertThatThrownBy(() -> site.ensureOwnedBy(AccountId.of("2002")))
                .isInstanceOfSatisfying(PermissionDeniedException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(ErrorCode.PERMISSION_DENIED);
                    assertThat(e.objectId()).isEqualTo("42");
                });
    }

    @Test
    void blankOrOverlongNamesAreRefusedNamingTheValue() {
        assertThatThrownBy(() -> SiteName.of(" "))
                .isInstanceOfSatisfying(
                        InvalidParameterException.class,
                        e -> assertThat(e.code()).isEqualTo("InvalidParameter.Name"));
        assertThatThrownBy(() -> SiteName.of("x".repeat(129)))
                .isInstanceOfSatisfying(
                        InvalidParameterException.class,
                        e -> assertThat(e.getMessage()).contains("xxxx"));
    }

    @Test
    void statusesHaveLowerCaseWireNames() {
        assertThat(SiteStatus.parse("active")).isEqualTo(SiteStatus.ACTIVE);
        assertThat(SiteStatus.OFFLINE.wireName()).isEqualTo("offline");
        assertThatThrownBy(() -> SiteStatus.parse("Active"))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> {
                    assertThat(e.code()).isEqualTo("InvalidParameter.Status");
                    assertThat(e.getMessage()).contains("'Active'");
                });
    }

    @Test
    void builderBuildsAnActiveSiteByDefault() {
        assertThat(aSite().build().isActive()).isTrue();
        assertThat(aSite().pending().build().status()).isEqualTo(SiteStatus.PENDING);
        assertThat(aSite().offline().build().status()).isEqualTo(SiteStatus.OFFLINE);
    }
}
