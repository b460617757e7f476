package dev.prewarm.domain.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prewarm.domain.outbound.HostLiteral.IpLiteral;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.function.IntFunction;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class OutboundPolicyPropertiesTest {

    /** The refused IPv4 ranges of PRODUCT.md §2 as {network, prefix}, written independently of the code. */
    private static final List<long[]> DENIED = List.of(
            new long[] {0x00000000L, 8},
            new long[] {0x0A000000L, 8},
            new long[] {0x64400000L, 10},
            new long[] {0x7F000000L, 8},
            new long[] {0xA9FE0000L, 16},
            new long[] {0xAC100000L, 12},
            new long[] {0xC0A80000L, 16},
            new long[] {0xE0000000L, 4},
            new long[] {0xF0000000L, 4});

    private static final OutboundPolicy POLICY = OutboundPolicy.standard();

    /** Ways to write one IPv4 address that a resolver or browser reads alike. */
    private static final List<IntFunction<String>> FORMS = List.of(
            a -> Long.toString(Integer.toUnsignedLong(a)),
            a -> "0x" + Integer.toHexString(a),
            a -> "0X" + Integer.toHexString(a).toUpperCase(),
            a -> "0" + Long.toOctalString(Integer.toUnsignedLong(a)),
            a -> octal(a >>> 24) + "." + octal(a >>> 16 & 0xFF) + "." + octal(a >>> 8 & 0xFF) + "." + octal(a & 0xFF),
            a -> "0x" + Integer.toHexString(a >>> 24) + "." + (a >>> 16 & 0xFF) + "." + octal(a >>> 8 & 0xFF) + ".0x"
                    + Integer.toHexString(a & 0xFF),
            a -> (a >>> 24) + "." + (a & 0xFFFFFF),
            a -> (a >>> 24) + "." + (a >>> 16 & 0xFF) + "." + (a & 0xFFFF),
            a -> "0x" + Integer.toHexString(a >>> 24) + ".0" + Integer.toOctalString(a >>> 16 & 0xFF) + ".0x"
                    + Integer.toHexString(a & 0xFFFF),
            a -> dotted(a) + ".");

    @Property
    void aRefusedIpv4AddressIsRefusedInEveryTextForm(@ForAll("deniedIpv4") int address) {
        String reason = POLICY.decide(v4(address)).reason();
        assertThat(POLICY.decide(v4(address)).allowed()).isFalse();
        for (IntFunction<String> form : FORMS) {
            String text = form.apply(address);
            OutboundDecision decision = decideLiteral(text);
            assertThat(decision.allowed()).as(text).isFalse();
            assertThat(decision.reason()).as(text).isEqualTo(reason);
        }
    }

    @Property
    void aPublicIpv4AddressIsAllowedInEveryTextForm(@ForAll("publicIpv4") int address) {
        for (IntFunction<String> form : FORMS) {
            assertThat(decideLiteral(form.apply(address)).allowed())
                    .as(form.apply(address))
                    .isTrue();
        }
    }

    @Property
    void anEmbeddedIpv4AddressDecidesItsIpv6Carrier(@ForAll("anyIpv4") int address, @ForAll long noise) {
        boolean allowed = POLICY.decide(v4(address)).allowed();
        byte[] v4 = ByteBuffer.allocate(4).putInt(address).array();
        byte[] noiseBytes = ByteBuffer.allocate(8).putLong(noise).array();
        List<byte[]> carriers = List.of(
                carrier(new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -1, -1}, v4),
                carrier(new byte[] {0, 0x64, (byte) 0xff, (byte) 0x9b, 0, 0, 0, 0, 0, 0, 0, 0}, v4),
                carrier(
                        new byte[] {
                            0x20,
                            0x02,
                            v4[0],
                            v4[1],
                            v4[2],
                            v4[3],
                            noiseBytes[0],
                            noiseBytes[1],
                            noiseBytes[2],
                            noiseBytes[3],
                            noiseBytes[4],
                            noiseBytes[5]
                        },
                        noiseBytes),
                carrier(teredoPrefix(noiseBytes), inverted(v4)));
        for (byte[] bytes : carriers) {
            OutboundDecision decision = POLICY.decide(v6(bytes));
            assertThat(decision.allowed()).as(decision.reason()).isEqualTo(allowed);
        }
        assertThat(decideLiteral("[::ffff:" + dotted(address) + "]").allowed()).isEqualTo(allowed);
        assertThat(decideLiteral("64:ff9b::" + dotted(address)).allowed()).isEqualTo(allowed);
    }

    @Property
    void anIpv4AllowListIsExact(@ForAll("anyIpv4") int address, @ForAll @IntRange(min = 1, max = 32) int prefix) {
        int mask = (int) (0xFFFF_FFFFL << (32 - prefix));
        int network = address & mask;
        int last = network | ~mask;
        OutboundPolicy policy = OutboundPolicy.withAllowed(List.of(Cidr.parse(dotted(network) + "/" + prefix)));

        assertThat(policy.decide(v4(address)).reason()).contains("allowed by the operator");
        assertThat(policy.decide(v4(last)).allowed()).isTrue();
        for (int outside : new int[] {network - 1, last + 1}) {
            boolean wraps = (outside == network - 1 && network == 0) || (outside == last + 1 && last == -1);
            if (!wraps) {
                assertThat(policy.decide(v4(outside))).isEqualTo(POLICY.decide(v4(outside)));
            }
        }
    }

    @Property
    void anIpv6AllowListIsExact(@ForAll long high, @ForAll @IntRange(min = 1, max = 63) int prefix) {
        long network = high & (-1L << (64 - prefix));
        byte[] inside = ByteBuffer.allocate(16).putLong(network | 1).putLong(0).array();
        byte[] outside =
                ByteBuffer.allocate(16).putLong(network - 1).putLong(-1).array();
        String cidr = Ipv6Text.format(
                        ByteBuffer.allocate(16).putLong(network).putLong(0).array()) + "/" + prefix;
        OutboundPolicy policy = OutboundPolicy.withAllowed(List.of(Cidr.parse(cidr)));

        assertThat(policy.decide(v6(inside)).reason()).contains("allowed by the operator (" + cidr + ")");
        assertThat(policy.decide(v6(outside))).isEqualTo(POLICY.decide(v6(outside)));
    }

    @Property
    void anyHostTextIsReadWithoutThrowing(@ForAll String host) {
        assertThat(HostLiteral.parse(host)).isNotNull();
        assertThat(HostLiteral.parse("[" + host + "]")).isNotNull();
        assertThat(HostLiteral.parse(host + ".1")).isNotNull();
    }

    @Provide
    Arbitrary<Integer> deniedIpv4() {
        return Arbitraries.of(DENIED)
                .flatMap(range -> Arbitraries.integers().map(random -> {
                    int mask = (int) (0xFFFF_FFFFL << (32 - range[1]));
                    return (int) range[0] | (random & ~mask);
                }));
    }

    @Provide
    Arbitrary<Integer> publicIpv4() {
        return Arbitraries.integers().filter(a -> a != -1 && DENIED.stream().noneMatch(r -> inRange(a, r)));
    }

    @Provide
    Arbitrary<Integer> anyIpv4() {
        return Arbitraries.oneOf(deniedIpv4(), publicIpv4(), Arbitraries.of(0, -1, 0x64400000, 0x643FFFFF, 0x7F000001));
    }

    private static boolean inRange(int address, long[] range) {
        int mask = (int) (0xFFFF_FFFFL << (32 - range[1]));
        return (address & mask) == (int) range[0];
    }

    private static OutboundDecision decideLiteral(String text) {
        HostLiteral literal = HostLiteral.parse(text);
        assertThat(literal).as(text).isInstanceOf(IpLiteral.class);
        return POLICY.decide(((IpLiteral) literal).address());
    }

    private static byte[] teredoPrefix(byte[] noise) {
        return new byte[] {
            0x20, 0x01, 0, 0, noise[0], noise[1], noise[2], noise[3], noise[4], noise[5], noise[6], noise[7]
        };
    }

    private static byte[] carrier(byte[] first12, byte[] tail) {
        return ByteBuffer.allocate(16).put(first12).put(tail, 0, 4).array();
    }

    private static byte[] inverted(byte[] v4) {
        return new byte[] {(byte) ~v4[0], (byte) ~v4[1], (byte) ~v4[2], (byte) ~v4[3]};
    }

    private static String octal(int part) {
        return "0" + Integer.toOctalString(part);
    }

    private static String dotted(int a) {
        return (a >>> 24) + "." + (a >>> 16 & 0xFF) + "." + (a >>> 8 & 0xFF) + "." + (a & 0xFF);
    }

    private static InetAddress v4(int address) {
        try {
            return InetAddress.getByAddress(
                    ByteBuffer.allocate(4).putInt(address).array());
        } catch (UnknownHostException e) {
            throw new AssertionError(e);
        }
    }

    /** Inet6Address keeps IPv4-mapped bytes as IPv6, unlike InetAddress.getByAddress, which folds them to IPv4. */
    private static InetAddress v6(byte[] bytes) {
        try {
            return Inet6Address.getByAddress(null, bytes, -1);
        } catch (UnknownHostException e) {
            throw new AssertionError(e);
        }
    }
}
