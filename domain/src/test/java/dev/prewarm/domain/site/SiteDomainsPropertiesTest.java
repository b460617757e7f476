package dev.prewarm.domain.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prewarm.domain.url.UrlNormalization.Accepted;
import dev.prewarm.domain.url.UrlNormalizer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class SiteDomainsPropertiesTest {

    @Property
    void idnUrlHostsMatchAWildcardOfTheirIdnParentWrittenInUnicodeOrPunycode(
            @ForAll("labels") String sub, @ForAll("labels") String parent) {
        String unicodeParent = parent + ".例え";
        SiteDomains unicode = SiteDomains.of("*." + unicodeParent);
        SiteDomains punycode = SiteDomains.of("*." + java.net.IDN.toASCII(unicodeParent));
        Accepted url = (Accepted) UrlNormalizer.normalize("https://" + sub + "." + unicodeParent + "/");

        assertThat(url.host()).startsWith("xn--").matches("[a-z0-9.-]+");
        assertThat(unicode).isEqualTo(punycode);
        assertThat(unicode.matches(url.host())).isTrue();
        assertThat(unicode.matches(java.net.IDN.toASCII(unicodeParent))).isFalse();
    }

    @Property
    void aWildcardNeverMatchesItsApexAndAlwaysMatchesAPrefixedHost(@ForAll("asciiLabels") String label) {
        SiteDomains domains = SiteDomains.of("*.example.com");

        assertThat(domains.matches("example.com")).isFalse();
        assertThat(domains.matches(label + ".example.com")).isTrue();
        assertThat(domains.matches(label + "example.com")).isFalse();
    }

    @Provide
    Arbitrary<String> labels() {
        return Arbitraries.strings()
                .withCharRange('ä', 'ö')
                .withCharRange('一', '七')
                .ofMinLength(1)
                .ofMaxLength(8);
    }

    @Provide
    Arbitrary<String> asciiLabels() {
        return Arbitraries.strings()
                .withCharRange('a', 'z')
                .withCharRange('0', '9')
                .ofMinLength(1)
                .ofMaxLength(20);
    }
}
