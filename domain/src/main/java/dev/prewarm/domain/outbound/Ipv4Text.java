package dev.prewarm.domain.outbound;

/**
 * IPv4 text in two dialects: the lenient one resolvers and browsers accept in a host (inet_aton
 * and the WHATWG URL standard agree on it), and the strict dotted quad used for operator input and
 * inside IPv6 text.
 */
final class Ipv4Text {
    private static final long MAX_ADDRESS = 0xFFFF_FFFFL;

    private Ipv4Text() {}

    /**
     * Whether a host must be read as IPv4: WHATWG treats a host whose last label is a number as an
     * IPv4 address, so {@code foo.123} is an invalid address, never a host name to resolve.
     */
    static boolean endsInNumber(String host) {
        String text = withoutTrailingDot(host);
        String last = text.substring(text.lastIndexOf('.') + 1);
        if (last.isEmpty()) {
            return false;
        }
        if (last.startsWith("0x") || last.startsWith("0X")) {
            return last.substring(2).chars().allMatch(Ipv4Text::isAsciiHexDigit);
        }
        return last.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** Reads {@code 127.1}, {@code 2130706433}, {@code 0x7f.0.0.1}, {@code 0177.0.0.1} and their mixtures. */
    static byte[] parseLenient(String host) {
        String[] parts = withoutTrailingDot(host).split("\\.", -1);
        if (parts.length > 4) {
            throw new IllegalArgumentException(host + " has more than four IPv4 parts");
        }
        long[] values = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            values[i] = lenientPart(host, parts[i]);
        }
        for (int i = 0; i < parts.length - 1; i++) {
            if (values[i] > 255) {
                throw new IllegalArgumentException(host + " has IPv4 part " + parts[i] + " above 255");
            }
        }
        long last = values[parts.length - 1];
        // The last part fills all remaining bytes: in 10.1.2 the 2 is the low 16 bits.
        int lastBits = 8 * (5 - parts.length);
        if (last >= (1L << lastBits)) {
            throw new IllegalArgumentException(host + " has last IPv4 part " + parts[parts.length - 1]
                    + " too large for " + lastBits / 8 + " bytes");
        }
        long address = last;
        for (int i = 0; i < parts.length - 1; i++) {
            address |= values[i] << (24 - 8 * i);
        }
        return toBytes(address);
    }

    /** Reads exactly four decimal parts without leading zeros, where {@code 010} would be ambiguous. */
    static byte[] parseStrict(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            throw new IllegalArgumentException(text + " is not a dotted-quad IPv4 address");
        }
        byte[] bytes = new byte[4];
        for (int i = 0; i < 4; i++) {
            String part = parts[i];
            boolean digits =
                    !part.isEmpty() && part.length() <= 3 && part.chars().allMatch(c -> c >= '0' && c <= '9');
            if (!digits || (part.length() > 1 && part.charAt(0) == '0') || Integer.parseInt(part) > 255) {
                throw new IllegalArgumentException(text + " has invalid IPv4 part '" + part + "'");
            }
            bytes[i] = (byte) Integer.parseInt(part);
        }
        return bytes;
    }

    static String format(byte[] address, int offset) {
        return (address[offset] & 0xFF) + "." + (address[offset + 1] & 0xFF) + "." + (address[offset + 2] & 0xFF) + "."
                + (address[offset + 3] & 0xFF);
    }

    private static long lenientPart(String host, String part) {
        if (part.isEmpty()) {
            throw new IllegalArgumentException(host + " has an empty IPv4 part");
        }
        int radix = 10;
        String digits = part;
        if (part.length() >= 2 && part.charAt(0) == '0' && (part.charAt(1) == 'x' || part.charAt(1) == 'X')) {
            radix = 16;
            digits = part.substring(2);
        } else if (part.length() >= 2 && part.charAt(0) == '0') {
            radix = 8;
            digits = part.substring(1);
        }
        long value = 0;
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            // Character.digit also accepts non-ASCII digits, which no resolver reads as a number.
            int digit = c < 128 ? Character.digit(c, radix) : -1;
            if (digit < 0) {
                throw new IllegalArgumentException(host + " has invalid IPv4 part '" + part + "'");
            }
            value = value * radix + digit;
            if (value > MAX_ADDRESS) {
                throw new IllegalArgumentException(host + " has IPv4 part '" + part + "' above 32 bits");
            }
        }
        return value;
    }

    private static String withoutTrailingDot(String host) {
        // Browsers accept one trailing dot ("127.0.0.1."), naming the same address.
        return host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
    }

    private static boolean isAsciiHexDigit(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static byte[] toBytes(long address) {
        return new byte[] {(byte) (address >>> 24), (byte) (address >>> 16), (byte) (address >>> 8), (byte) address};
    }
}
