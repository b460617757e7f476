package dev.prewarm.domain.outbound;

import java.net.InetAddress;
import java.util.Arrays;

/**
 * An IPv4 or IPv6 network in CIDR notation ({@code 127.0.0.1/32}, {@code fc00::/7}), parsed strictly
 * because it widens the outbound policy: a prefix is required and host bits must be zero, so a typo
 * such as {@code 10.0.0.5/8} is refused instead of silently allowing all of 10/8.
 */
public final class Cidr {
    private final byte[] network;
    private final int prefixLength;

    private Cidr(byte[] network, int prefixLength) {
        this.network = network;
        this.prefixLength = prefixLength;
    }

    /** @throws IllegalArgumentException with a message naming the text when it is not a strict CIDR */
    public static Cidr parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("CIDR is missing");
        }
        int slash = text.indexOf('/');
        if (slash < 0 || slash != text.lastIndexOf('/')) {
            throw new IllegalArgumentException("CIDR " + text + " needs exactly one '/prefix'");
        }
        String addressText = text.substring(0, slash);
        byte[] address;
        try {
            address = addressText.indexOf(':') >= 0 ? Ipv6Text.parse(addressText) : Ipv4Text.parseStrict(addressText);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("CIDR " + text + " has an invalid address: " + e.getMessage(), e);
        }
        int prefix = prefixLength(text, text.substring(slash + 1), address.length * 8);
        Cidr cidr = new Cidr(address, prefix);
        if (!Arrays.equals(cidr.masked(address), address)) {
            throw new IllegalArgumentException("CIDR " + text + " has host bits set; the network is "
                    + cidr.show(cidr.masked(address)) + "/" + prefix);
        }
        return cidr;
    }

    /** Exact membership; an IPv4 network never contains an IPv6 address, embedded or not. */
    public boolean contains(InetAddress address) {
        return contains(address.getAddress());
    }

    boolean contains(byte[] address) {
        return address.length == network.length && Arrays.equals(masked(address), network);
    }

    public int prefixLength() {
        return prefixLength;
    }

    private byte[] masked(byte[] address) {
        byte[] result = new byte[address.length];
        for (int i = 0; i < address.length; i++) {
            int bitsHere = Math.clamp(prefixLength - 8L * i, 0, 8);
            result[i] = (byte) (address[i] & (0xFF00 >>> bitsHere));
        }
        return result;
    }

    private static int prefixLength(String text, String prefix, int maxBits) {
        boolean digits =
                !prefix.isEmpty() && prefix.length() <= 3 && prefix.chars().allMatch(c -> c >= '0' && c <= '9');
        if (!digits || (prefix.length() > 1 && prefix.charAt(0) == '0') || Integer.parseInt(prefix) > maxBits) {
            throw new IllegalArgumentException(
                    "CIDR " + text + " has prefix length '" + prefix + "'; expected 0 to " + maxBits);
        }
        return Integer.parseInt(prefix);
    }

    private String show(byte[] address) {
        return address.length == 4 ? Ipv4Text.format(address, 0) : Ipv6Text.format(address);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Cidr that && prefixLength == that.prefixLength && Arrays.equals(network, that.network);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(network) + prefixLength;
    }

    @Override
    public String toString() {
        return show(network) + "/" + prefixLength;
    }
}
