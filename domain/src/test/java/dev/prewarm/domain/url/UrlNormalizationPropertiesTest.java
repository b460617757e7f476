package dev.prewarm.domain.url;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prewarm.domain.url.UrlNormalization.Accepted;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class UrlNormalizationPropertiesTest {

    @Property
    void normalizingTwiceGivesTheSameUrl(@ForAll("urlLike") String input) {
        if (UrlNormalizer.normalize(input) instanceof Accepted once) {
            assertThat(UrlNormalizer.normalize(once.url().value())).isEqualTo(once);
        }
    }

    @Property
    void anyStringIsAcceptedOrRejectedWithoutThrowing(@ForAll String line) {
        assertThat(UrlNormalizer.normalize(line)).isNotNull();
        assertThat(UrlNormalizer.normalize("https://example.com/" + line)).isNotNull();
        assertThat(UrlNormalizer.normalize("https://" + line)).isNotNull();
    }

    @Property
    void acceptedUrlsAreStrictRfc3986UrisWithinTheLengthLimit(@ForAll("urlLike") String input) {
        if (UrlNormalizer.normalize(input) instanceof Accepted accepted) {
            String value = accepted.url().value();
            URI uri = URI.create(value);
            assertThat(uri.getScheme()).isIn("http", "https");
            assertThat(uri.getRawFragment()).isNull();
            assertThat(value.getBytes(StandardCharsets.UTF_8)).hasSizeLessThanOrEqualTo(PreloadUrl.MAX_BYTES);
            assertThat(accepted.url().host()).isEqualTo(accepted.host());
        }
    }

    @Property
    void urlsDifferingOnlyInSchemeOrHostCaseDefaultPortOrFragmentNormalizeAlike(
            @ForAll("paths") String path, @ForAll boolean https, @ForAll("fragments") String fragment) {
        String scheme = https ? "https" : "http";
        String port = https ? ":443" : ":80";
        UrlNormalization plain = UrlNormalizer.normalize(scheme + "://www.example.com" + path);
        UrlNormalization variant =
                UrlNormalizer.normalize(scheme.toUpperCase() + "://WWW.Example.COM" + port + path + "#" + fragment);

        assertThat(plain).isInstanceOf(Accepted.class).isEqualTo(variant);
    }

    @Property
    void existingEscapesAreKeptAndLonePercentSignsAreEncoded(@ForAll @IntRange(min = 0, max = 255) int octet) {
        String escape = "%%%02x".formatted(octet);
        String upper = escape.toUpperCase();

        assertThat(value("https://e.com/" + escape)).isEqualTo("https://e.com/" + escape);
        assertThat(value("https://e.com/?q=" + upper)).isEqualTo("https://e.com/?q=" + upper);
        assertThat(value("https://e.com/%" + "g" + octet)).isEqualTo("https://e.com/%25g" + octet);
        assertThat(value("https://e.com/a%")).isEqualTo("https://e.com/a%25");
    }

    @Property
    void nonAsciiCharactersBecomeUppercaseUtf8Escapes(@ForAll("nonAscii") String text) {
        String value = value("https://e.com/" + text);
        String expected = encode(text);

        assertThat(value).isEqualTo("https://e.com/" + expected);
        assertThat(value).doesNotContainPattern("%[0-9A-F]?[a-f]");
    }

    @Property
    void idnHostsBecomeLowerCasePunycode(@ForAll("unicodeLabels") String label) {
        if (UrlNormalizer.normalize("https://" + label + ".example.com/") instanceof Accepted accepted) {
            assertThat(accepted.host()).matches("[a-z0-9._-]+").endsWith(".example.com");
            assertThat(accepted.host()).isEqualTo(java.net.IDN.toASCII(label).toLowerCase() + ".example.com");
        }
    }

    private static String value(String input) {
        return ((Accepted) UrlNormalizer.normalize(input)).url().value();
    }

    private static String encode(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            out.append("%%%02X".formatted(b & 0xFF));
        }
        return out.toString();
    }

    @Provide
    Arbitrary<String> urlLike() {
        Arbitrary<String> scheme = Arbitraries.of("http", "https", "HTTP", "hTtPs", "ftp", "");
        Arbitrary<String> host = Arbitraries.of(
                "example.com",
                "EXAMPLE.com",
                "bücher.de",
                "例え.テスト",
                "[::1]",
                "[2001:DB8::1]",
                "10.0.0.1",
                "a_b.c",
                "",
                "ex ample.com",
                "user@x.com",
                "-x.com",
                "x.com.");
        Arbitrary<String> port = Arbitraries.of("", ":80", ":443", ":8080", ":", ":0", ":65536", ":08080");
        Arbitrary<String> rest = Arbitraries.strings()
                .withChars("/?#%:@!$&'()*+,;=aZ09-._~|^{}[]\"<>\\ é€😀")
                .withCharRange('\u0000', '\u00ff')
                .ofMaxLength(40);
        return Combinators.combine(scheme, host, port, rest).as((s, h, p, r) -> s + "://" + h + p + r);
    }

    @Provide
    Arbitrary<String> paths() {
        Arbitrary<String> piece = Arbitraries.of(
                "/", "?", "=", "&", "%", "%2F", "a", "Z", "9", "-", "_", ".", "~", "é", "€", "😀", "!", "$", "'", "(",
                "*", "+", ",", ";", ":", "@");
        return piece.list().ofMaxSize(30).map(pieces -> "/" + String.join("", pieces));
    }

    @Provide
    Arbitrary<String> fragments() {
        return Arbitraries.strings().withChars("#/?a%é").ofMaxLength(10);
    }

    @Provide
    Arbitrary<String> nonAscii() {
        return Arbitraries.strings()
                .withCharRange('\u00a1', '\u00ff')
                .withCharRange('\u0400', '\u04ff')
                .withCharRange('\u4e00', '\u4fff')
                .ofMinLength(1)
                .ofMaxLength(10);
    }

    @Provide
    Arbitrary<String> unicodeLabels() {
        return Arbitraries.strings()
                .withCharRange('a', 'z')
                .withCharRange('à', 'ÿ')
                .withCharRange('α', 'ω')
                .withCharRange('一', '丿')
                .ofMinLength(1)
                .ofMaxLength(15);
    }
}
