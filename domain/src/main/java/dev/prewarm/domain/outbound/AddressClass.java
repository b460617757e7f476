package dev.prewarm.domain.outbound;

import java.util.List;
import java.util.Optional;

/**
 * The special-purpose ranges the outbound policy refuses (PRODUCT.md §2), and the IPv6 formats that
 * carry an IPv4 address a gateway would forward to: an embedded refused IPv4 address makes the IPv6
 * address refused, otherwise {@code ::ffff:127.0.0.1} or a NAT64 prefix would bypass the IPv4 list.
 */
final class AddressClass {

    private record Range(Cidr cidr, String name) {
        String describe() {
            return name + " (" + cidr + ")";
        }
    }

    /** Where an IPv6 format carries its IPv4 address; Teredo stores the client address inverted. */
    private record Embedding(Range range, int offset, boolean inverted) {
        byte[] ipv4(byte[] address) {
            byte[] v4 = new byte[4];
            for (int i = 0; i < 4; i++) {
                v4[i] = (byte) (inverted ? ~address[offset + i] : address[offset + i]);
            }
            return v4;
        }
    }

    // First match wins: broadcast is named before the reserved block that contains it.
    private static final List<Range> IPV4_DENIED = List.of(
            range("0.0.0.0/8", "\"this network\""),
            range("10.0.0.0/8", "private"),
            range("100.64.0.0/10", "shared address space (CGNAT)"),
            range("127.0.0.0/8", "loopback"),
            range("169.254.0.0/16", "link-local (cloud metadata)"),
            range("172.16.0.0/12", "private"),
            range("192.168.0.0/16", "private"),
            range("224.0.0.0/4", "multicast"),
            range("255.255.255.255/32", "broadcast"),
            range("240.0.0.0/4", "reserved"));

    // Exact special addresses come before ::/96, which contains them but means "IPv4-compatible".
    private static final List<Range> IPV6_DENIED = List.of(
            range("::/128", "unspecified"),
            range("::1/128", "loopback"),
            range("fc00::/7", "unique local"),
            range("fe80::/10", "link-local"),
            // Deprecated, but some stacks still route it on-site.
            range("fec0::/10", "site-local"),
            range("ff00::/8", "multicast"),
            // Local-use NAT64 places the IPv4 address where the operator's prefix length says, so
            // it cannot be read reliably; the whole range is internal by definition (RFC 8215).
            range("64:ff9b:1::/48", "local-use NAT64"));

    private static final List<Embedding> EMBEDDINGS = List.of(
            new Embedding(range("::ffff:0:0/96", "IPv4-mapped"), 12, false),
            new Embedding(range("::ffff:0:0:0/96", "IPv4-translated"), 12, false),
            new Embedding(range("::/96", "IPv4-compatible"), 12, false),
            new Embedding(range("64:ff9b::/96", "NAT64"), 12, false),
            new Embedding(range("2002::/16", "6to4"), 2, false),
            new Embedding(range("2001::/32", "Teredo"), 12, true));

    private AddressClass() {}

    /** Why an address (4 or 16 bytes) is refused, naming the range; empty when it is not. */
    static Optional<String> denial(byte[] address) {
        String shown = show(address);
        if (address.length == 4) {
            return ipv4Denial(address).map(range -> shown + " is " + range.describe());
        }
        for (Range range : IPV6_DENIED) {
            if (range.cidr().contains(address)) {
                return Optional.of(shown + " is " + range.describe());
            }
        }
        for (Embedding embedding : EMBEDDINGS) {
            if (embedding.range().cidr().contains(address)) {
                byte[] v4 = embedding.ipv4(address);
                String inner = show(v4);
                return ipv4Denial(v4)
                        .map(range -> shown + " embeds " + inner + " as "
                                + embedding.range().describe() + ", and " + inner + " is " + range.describe());
            }
        }
        return Optional.empty();
    }

    static String show(byte[] address) {
        return address.length == 4 ? Ipv4Text.format(address, 0) : Ipv6Text.format(address);
    }

    private static Optional<Range> ipv4Denial(byte[] v4) {
        return IPV4_DENIED.stream().filter(range -> range.cidr().contains(v4)).findFirst();
    }

    private static Range range(String cidr, String name) {
        return new Range(Cidr.parse(cidr), name);
    }
}
