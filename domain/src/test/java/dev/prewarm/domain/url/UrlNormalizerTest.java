package dev.prewarm.domain.url;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.prewarm.domain.error.InvalidParameterException;
import dev.prewarm.domain.url.UrlNormalization.Accepted;
import dev.prewarm.domain.url.UrlNormalization.Rejected;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UrlNormalizerTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiterString = " -> ",
            quoteCharacter = '§',
            value = {
                "https://example.com/a -> https://example.com/a",
                "HTTPS://Example.COM/Path -> https://example.com/Path",
                "http://example.com -> http://example.com/",
                "http://example.com?q=1 -> http://example.com/?q=1",
                "http://example.com:80/a -> http://example.com/a",
                "https://example.com:443/a -> https://example.com/a",
                "http://example.com:443/a -> http://example.com:443/a",
                "https://example.com:8443/a -> https://example.com:8443/a",
                "https://example.com:/a -> https://example.com/a",
                "https://example.com:0443/a -> https://example.com/a",
                "https://example.com/a#frag -> https://example.com/a",
                "https://example.com#frag -> https://example.com/",
                "§  https://example.com/a  § -> https://example.com/a",
                "https://example.com./a -> https://example.com/a",
                "https://bücher.de/ -> https://xn--bcher-kva.de/",
                "https://BÜCHER.de/ -> https://xn--bcher-kva.de/",
                "https://例え.テスト/パス -> https://xn--r8jz45g.xn--zckzah/%E3%83%91%E3%82%B9",
                "https://example.com/caf\u00e9?q=\u00e9 -> https://example.com/caf%C3%A9?q=%C3%A9",
                "https://example.com/%7euser -> https://example.com/%7euser",
                "https://example.com/%E2%82%AC -> https://example.com/%E2%82%AC",
                "https://example.com/100% -> https://example.com/100%25",
                "https://example.com/%zz?a=%4 -> https://example.com/%25zz?a=%254",
                "https://example.com/a|b{c}^`\"<> -> https://example.com/a%7Cb%7Bc%7D%5E%60%22%3C%3E",
                "https://example.com/a:b@c!$&'()*+,;=-._~ -> https://example.com/a:b@c!$&'()*+,;=-._~",
                "https://example.com/p?a=1&b=/x?y -> https://example.com/p?a=1&b=/x?y",
                "https://example.com/\ud83d\ude00 -> https://example.com/%F0%9F%98%80",
                "http://[::1]/a -> http://[::1]/a",
                "http://[2001:DB8::1]:8080/ -> http://[2001:db8::1]:8080/",
                "http://[::ffff:10.0.0.1]:80/ -> http://[::ffff:10.0.0.1]/",
                "http://10.0.0.1:8080/x -> http://10.0.0.1:8080/x",
            })
    void normalizesAcceptedUrls(String input, String expected) {
        assertThat(UrlNormalizer.normalize(input))
                .isInstanceOfSatisfying(
                        Accepted.class, a -> assertThat(a.url().value()).isEqualTo(expected));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "ftp://example.com/a",
                "example.com/a",
                "/relative/path",
                "https:/example.com",
                "https://",
                "https:///path",
                "https://user:pw@example.com/",
                "https://user@example.com/",
                "https://exa mple.com/",
                "https://example.com/a b",
                "https://example.com/a\tb",
                "https://example.com/\u00a0",
                "https://example.com:99999/",
                "https://example.com:-1/",
                "https://example.com:8a/",
                "https://-bad-.com/",
                "https://exa..mple.com/",
                "https://.example.com/",
                "https://example.com../",
                "https://a-.example.com/",
                "https://example.-com/",
                "https://example.co-/",
                "https://ex!ample.com/",
                "https://exa%41mple.com/",
                "https://[::1/",
                "https://[::1]x/",
                "https://[1:2:3:4:5:6:7:8:9]/",
                "https://[::1::2]/",
                "https://[fe80::1%25eth0]/",
                "mailto:someone@example.com",
                "javascript:alert(1)",
            })
    void rejectsInvalidUrlsAsInvalidUrl(String input) {
        assertThat(UrlNormalizer.normalize(input))
                .isInstanceOfSatisfying(
                        Rejected.class, r -> assertThat(r.reason()).isEqualTo(RejectionReason.INVALID_URL));
    }

    @Test
    void aHostLabelMayHave63CharactersAndUnderscoresAndTheHostOneTrailingDot() {
        String label63 = "a".repeat(63);

        assertThat(UrlNormalizer.normalize("https://" + label63 + ".example.com/")
                        .isAccepted())
                .isTrue();
        assertThat(UrlNormalizer.normalize("https://" + label63 + "a.example.com/"))
                .isInstanceOf(Rejected.class);
        assertThat(UrlNormalizer.normalize("https://x.example." + label63 + "a/"))
                .isInstanceOf(Rejected.class);
        assertThat(UrlNormalizer.normalize("https://my_host.example.com./"))
                .isInstanceOfSatisfying(
                        Accepted.class, a -> assertThat(a.url().value()).isEqualTo("https://my_host.example.com/"));
    }

    @Test
    void rejectsAnUnpairedSurrogate() {
        assertThat(UrlNormalizer.normalize("https://example.com/\ud800x")).isInstanceOf(Rejected.class);
    }

    @Test
    void rejectsAUrlLongerThan4096BytesAfterEncodingAndSaysSo() {
        String prefix = "https://example.com/";
        String justFits = prefix + "a".repeat(PreloadUrl.MAX_BYTES - prefix.length());
        String tooLongOnceEncoded = prefix + "\u00e9".repeat(1400);

        assertThat(UrlNormalizer.normalize(justFits).isAccepted()).isTrue();
        assertThat(UrlNormalizer.normalize(justFits + "a"))
                .isInstanceOfSatisfying(
                        Rejected.class, r -> assertThat(r.detail()).contains("4096"));
        assertThat(UrlNormalizer.normalize(tooLongOnceEncoded)).isInstanceOf(Rejected.class);
    }

    @Test
    void aLongFragmentDoesNotCountTowardsTheLimit() {
        String url = "https://example.com/a#" + "f".repeat(10_000);

        assertThat(UrlNormalizer.normalize(url).isAccepted()).isTrue();
    }

    @Test
    void rejectionDetailNamesTheBadScheme() {
        assertThat(UrlNormalizer.normalize("ftp://example.com/"))
                .isInstanceOfSatisfying(
                        Rejected.class, r -> assertThat(r.detail()).contains("'ftp'"));
    }

    @Test
    void rejectionDetailNamesUserInformation() {
        assertThat(UrlNormalizer.normalize("https://bob@example.com/"))
                .isInstanceOfSatisfying(
                        Rejected.class, r -> assertThat(r.detail()).contains("user"));
    }

    @Test
    void acceptedResultCarriesTheBareHost() {
        assertThat(UrlNormalizer.normalize("https://[2001:db8::1]:8443/"))
                .isInstanceOfSatisfying(
                        Accepted.class, a -> assertThat(a.host()).isEqualTo("2001:db8::1"));
        assertThat(UrlNormalizer.normalize("https://WWW.Example.com:8443/"))
                .isInstanceOfSatisfying(
                        Accepted.class, a -> assertThat(a.host()).isEqualTo("www.example.com"));
    }

    @Test
    void preloadUrlKnowsItsHost() {
        assertThat(PreloadUrl.parse("https://a.example.com:8443/x?y", "Content").host())
                .isEqualTo("a.example.com");
        assertThat(PreloadUrl.parse("https://[::1]:8443/x", "Content").host()).isEqualTo("::1");
        assertThat(PreloadUrl.parse("http://a.example.com?y", "Content").host()).isEqualTo("a.example.com");
    }

    @Test
    void parsingAnInvalidUrlThrowsInvalidParameterNamingTheParameterAndValue() {
        assertThatThrownBy(() -> PreloadUrl.parse("ftp://x.com/", "Content"))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> {
                    assertThat(e.code()).isEqualTo("InvalidParameter.Content");
                    assertThat(e.getMessage()).contains("ftp://x.com/");
                });
    }

    @Test
    void preloadUrlConstructorRefusesAnUnnormalizedValueNamingIt() {
        assertThatThrownBy(() -> new PreloadUrl("https://example.com/a b"))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> {
                    assertThat(e.code()).isEqualTo("InvalidParameter.Url");
                    assertThat(e.getMessage()).contains("https://example.com/a b");
                });
    }

    @Test
    void rejectionReasonsHaveTheContractWireNames() {
        assertThat(RejectionReason.values())
                .extracting(RejectionReason::wireName)
                .containsExactly("InvalidUrl", "InvalidDomain", "QuotaExcess", "Duplicate");
    }
}
