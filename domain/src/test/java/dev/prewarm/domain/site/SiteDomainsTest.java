package dev.prewarm.domain.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.prewarm.domain.error.ErrorCode;
import dev.prewarm.domain.error.InvalidParameterException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SiteDomainsTest {

    @Test
    void exactDomainMatchesOnlyItself() {
        SiteDomains domains = SiteDomains.of("www.example.com");

        assertThat(domains.matches("www.example.com")).isTrue();
        assertThat(domains.matches("WWW.Example.com")).isTrue();
        assertThat(domains.matches("example.com")).isFalse();
        assertThat(domains.matches("a.www.example.com")).isFalse();
        assertThat(domains.matches("www.example.com.evil.com")).isFalse();
    }

    @Test
    void wildcardMatchesSubdomainsAtAnyDepthButNotTheApex() {
        SiteDomains domains = SiteDomains.of("*.example.com");

        assertThat(domains.matches("a.example.com")).isTrue();
        assertThat(domains.matches("a.b.c.example.com")).isTrue();
        assertThat(domains.matches("example.com")).isFalse();
        assertThat(domains.matches("badexample.com")).isFalse();
        assertThat(domains.matches("a.example.com.evil")).isFalse();
    }

    @Test
    void entriesAreNormalizedToLowerCasePunycode() {
        SiteDomains domains = SiteDomains.of(" WWW.Bücher.DE ", "*.Bücher.de", "[2001:DB8::1]", "example.org.");

        assertThat(domains.asText()).isEqualTo("www.xn--bcher-kva.de,*.xn--bcher-kva.de,[2001:db8::1],example.org");
        assertThat(domains.matches("shop.xn--bcher-kva.de")).isTrue();
        assertThat(domains.matches("2001:db8::1")).isTrue();
    }

    @Test
    void duplicateEntriesCollapseKeepingOrder() {
        assertThat(SiteDomains.of("b.com", "A.com", "a.com").asText()).isEqualTo("b.com,a.com");
    }

    @Test
    void parsesItsTextFormBack() {
        SiteDomains domains = SiteDomains.parse("a.com, *.b.com\nc.com");

        assertThat(SiteDomains.parse(domains.asText())).isEqualTo(domains);
        assertThat(domains.entries()).extracting(SiteDomain::value).containsExactly("a.com", "*.b.com", "c.com");
    }

    @Test
    void aSiteWithoutDomainsIsRefused() {
        assertThatThrownBy(() -> SiteDomains.of(List.of()))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(ErrorCode.INVALID_PARAMETER);
                    assertThat(e.code()).isEqualTo("InvalidParameter.Domains");
                });
        assertThatThrownBy(() -> SiteDomains.parse(" , ")).isInstanceOf(InvalidParameterException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"*.com", "exa mple.com", "-a.com", "a..com", "*.", "*", "http://a.com", "a.com/x", "[::1"})
    void invalidDomainIsRefusedNamingIt(String bad) {
        assertThatThrownBy(() -> SiteDomains.of(bad)).isInstanceOfSatisfying(InvalidParameterException.class, e -> {
            assertThat(e.code()).isEqualTo("InvalidParameter.Domains");
            assertThat(e.getMessage()).contains("'" + bad + "'");
        });
    }

    @Test
    void noHostMatchesNothing() {
        assertThat(SiteDomains.of("a.com").matches("")).isFalse();
        assertThat(SiteDomains.of("a.com").matches(null)).isFalse();
    }
}
