package dev.prewarm.domain.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prewarm.domain.outbound.HostLiteral.HostName;
import dev.prewarm.domain.outbound.HostLiteral.Invalid;
import dev.prewarm.domain.outbound.HostLiteral.IpLiteral;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The forms from the SSRF issue, read as a URL host and then judged by the policy. */
class OutboundPolicyTableTest {

    @ParameterizedTest(name = "{0} with allowed [{1}] is {2}: {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            127.1                        | -              | DENIED  | 127.0.0.1 is loopback (127.0.0.0/8)
            2130706433                   | -              | DENIED  | 127.0.0.1 is loopback (127.0.0.0/8)
            0x7f000001                   | -              | DENIED  | 127.0.0.1 is loopback (127.0.0.0/8)
            0x7f.0.0.1                   | -              | DENIED  | 127.0.0.1 is loopback (127.0.0.0/8)
            0177.0.0.1                   | -              | DENIED  | 127.0.0.1 is loopback (127.0.0.0/8)
            0x7f.1                       | -              | DENIED  | 127.0.0.1 is loopback (127.0.0.0/8)
            10.1.2                       | -              | DENIED  | 10.1.0.2 is private (10.0.0.0/8)
            127.0.0.1.                   | -              | DENIED  | 127.0.0.1 is loopback (127.0.0.0/8)
            ::ffff:127.0.0.1             | -              | DENIED  | 127.0.0.1 is loopback (127.0.0.0/8)
            [::ffff:7f00:1]              | -              | DENIED  | 127.0.0.1 is loopback (127.0.0.0/8)
            64:ff9b::a00:1               | -              | DENIED  | 64:ff9b::a00:1 embeds 10.0.0.1 as NAT64 (64:ff9b::/96), and 10.0.0.1 is private (10.0.0.0/8)
            64:ff9b:1::8.8.8.8           | -              | DENIED  | 64:ff9b:1::808:808 is local-use NAT64 (64:ff9b:1::/48)
            2002:a00:1::1                | -              | DENIED  | 2002:a00:1::1 embeds 10.0.0.1 as 6to4 (2002::/16), and 10.0.0.1 is private (10.0.0.0/8)
            2001:0:4136:e378:8000:63bf:3fff:fdd2 | -      | ALLOWED | 2001:0:4136:e378:8000:63bf:3fff:fdd2 is a public address
            2001:0:4136:e378:8000:63bf:f5ff:fffe | -      | DENIED  | embeds 10.0.0.1 as Teredo (2001::/32), and 10.0.0.1 is private (10.0.0.0/8)
            ::a00:1                      | -              | DENIED  | ::a00:1 embeds 10.0.0.1 as IPv4-compatible (::/96)
            100.63.255.255               | -              | ALLOWED | 100.63.255.255 is a public address
            100.64.0.0                   | -              | DENIED  | 100.64.0.0 is shared address space (CGNAT) (100.64.0.0/10)
            100.127.255.255              | -              | DENIED  | 100.127.255.255 is shared address space (CGNAT) (100.64.0.0/10)
            100.128.0.0                  | -              | ALLOWED | 100.128.0.0 is a public address
            169.254.169.254              | -              | DENIED  | 169.254.169.254 is link-local (cloud metadata) (169.254.0.0/16)
            0.0.0.0                      | -              | DENIED  | 0.0.0.0 is "this network" (0.0.0.0/8)
            172.31.255.255               | -              | DENIED  | private (172.16.0.0/12)
            172.32.0.0                   | -              | ALLOWED | public
            192.168.1.1                  | -              | DENIED  | private (192.168.0.0/16)
            224.0.0.1                    | -              | DENIED  | multicast (224.0.0.0/4)
            255.255.255.255              | -              | DENIED  | broadcast (255.255.255.255/32)
            240.0.0.1                    | -              | DENIED  | reserved (240.0.0.0/4)
            [::1]                        | -              | DENIED  | ::1 is loopback (::1/128)
            [::]                         | -              | DENIED  | :: is unspecified (::/128)
            fe80::                       | -              | DENIED  | fe80:: is link-local (fe80::/10)
            fc00::                       | -              | DENIED  | fc00:: is unique local (fc00::/7)
            fdff::1                      | -              | DENIED  | unique local (fc00::/7)
            ff02::1                      | -              | DENIED  | multicast (ff00::/8)
            8.8.8.8                      | -              | ALLOWED | 8.8.8.8 is a public address
            2606:4700::1111              | -              | ALLOWED | 2606:4700::1111 is a public address
            [2606:4700::1111]            | -              | ALLOWED | 2606:4700::1111 is a public address
            93.184.216.34                | -              | ALLOWED | 93.184.216.34 is a public address
            127.0.0.1                    | 127.0.0.1/32   | ALLOWED | 127.0.0.1 is allowed by the operator (127.0.0.1/32)
            127.0.0.2                    | 127.0.0.1/32   | DENIED  | 127.0.0.2 is loopback (127.0.0.0/8)
            0x7f000001                   | 127.0.0.1/32   | ALLOWED | allowed by the operator (127.0.0.1/32)
            [fd00::5]                    | fd00::/64      | ALLOWED | fd00::5 is allowed by the operator (fd00::/64)
            256.1.1.1                    | -              | INVALID | above 255
            0x1ffffffff                  | -              | INVALID | above 32 bits
            1.2.3.4.5                    | -              | INVALID | more than four IPv4 parts
            1.2.3.256                    | -              | INVALID | too large for 1 bytes
            1.2.65536                    | -              | INVALID | too large for 2 bytes
            08.0.0.1                     | -              | INVALID | invalid IPv4 part '08'
            1..2.3                       | -              | INVALID | empty IPv4 part
            foo.123                      | -              | INVALID | invalid IPv4 part 'foo'
            [::1%eth0]                   | -              | INVALID | zone id
            fe80::1%25eth0               | -              | INVALID | zone id
            [::1                         | -              | INVALID | unbalanced brackets
            1::2::3                      | -              | INVALID | more than one '::'
            1:2:3:4:5:6:7:8:9            | -              | INVALID | does not have eight IPv6 groups
            ::ffff:127.0.0.01            | -              | INVALID | invalid IPv4 part '01'
            [12345::]                    | -              | INVALID | invalid IPv6 group '12345'
            www.example.com              | -              | NAME    | www.example.com
            localhost                    | -              | NAME    | localhost
            1.2.3.example                | -              | NAME    | 1.2.3.example
            """)
    void aHostIsReadAndJudgedAsTheIssueDemands(String host, String allowed, String verdict, String reason) {
        HostLiteral literal = HostLiteral.parse(host);

        switch (verdict) {
            case "NAME" -> assertThat(literal).isEqualTo(new HostName(reason));
            case "INVALID" ->
                assertThat(literal)
                        .isInstanceOfSatisfying(
                                Invalid.class,
                                invalid -> assertThat(invalid.reason()).contains(reason));
            default -> {
                assertThat(literal).isInstanceOf(IpLiteral.class);
                OutboundDecision decision = policy(allowed).decide(((IpLiteral) literal).address());
                assertThat(decision.allowed()).isEqualTo(verdict.equals("ALLOWED"));
                assertThat(decision.reason()).contains(reason);
            }
        }
    }

    private static OutboundPolicy policy(String allowed) {
        if (allowed == null) {
            return OutboundPolicy.standard();
        }
        List<Cidr> cidrs = Arrays.stream(allowed.split(",")).map(Cidr::parse).toList();
        return OutboundPolicy.withAllowed(cidrs);
    }
}
