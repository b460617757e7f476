package dev.prewarm.domain.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CidrTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            127.0.0.1/32        | 127.0.0.1/32
            10.0.0.0/8          | 10.0.0.0/8
            0.0.0.0/0           | 0.0.0.0/0
            FC00::/7            | fc00::/7
            2001:0db8:0:0::/32  | 2001:db8::/32
            ::/0                | ::/0
            ::ffff:0:0/96       | ::ffff:0.0.0.0/96
            """)
    void aStrictCidrIsReadAndShownCanonically(String text, String shown) {
        assertThat(Cidr.parse(text)).hasToString(shown).isEqualTo(Cidr.parse(shown));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            10.0.0.5/8       | host bits set; the network is 10.0.0.0/8
            fd00::1/8        | host bits set; the network is fd00::/8
            127.0.0.1        | needs exactly one '/prefix'
            1.2.3.4/5/6      | needs exactly one '/prefix'
            127.0.0.1/33     | prefix length '33'; expected 0 to 32
            ::1/129          | prefix length '129'; expected 0 to 128
            10.0.0.0/08      | prefix length '08'
            10.0.0.0/        | prefix length ''
            10.0.0.0/-1      | prefix length '-1'
            010.0.0.0/8      | invalid IPv4 part '010'
            10.0/16          | not a dotted-quad
            0x7f.0.0.1/32    | invalid IPv4 part '0x7f'
            [::1]/128        | invalid IPv6 group '['
            fe80::1%eth0/128 | zone id
            """)
    void anAmbiguousOrSloppyCidrIsRefusedNamingTheText(String text, String message) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Cidr.parse(text))
                .withMessageContaining(text)
                .withMessageContaining(message.strip());
    }

    @Test
    void aMissingCidrIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> Cidr.parse(" ")).withMessage("CIDR is missing");
    }

    @Test
    void anIpv4NetworkNeverContainsAnIpv6Address() {
        Cidr everyIpv4 = Cidr.parse("0.0.0.0/0");

        assertThat(everyIpv4.contains(new byte[4])).isTrue();
        assertThat(everyIpv4.contains(new byte[16])).isFalse();
    }
}
