package dev.prewarm.domain.url;

import java.net.IDN;
import java.util.Locale;

/**
 * The one definition of a valid host, shared by URLs, site domains and edge targets so that a host
 * normalized in one place compares equal in the others. Hosts are returned in ASCII, lower case:
 * IDN labels as punycode, IPv6 literals in brackets.
 */
public final class HostSyntax {
    private static final int MAX_HOST_LENGTH = 253;
    private static final int MAX_LABEL_LENGTH = 63;

    private HostSyntax() {}

    /**
     * Normalizes a host ({@code Example.COM}, {@code bücher.de}, {@code [::1]}).
     *
     * @throws IllegalArgumentException with a message naming the host when it is not valid
     */
    public static String normalize(String host) {
        if (host == null || host.isEmpty()) {
            throw new IllegalArgumentException("host is missing");
        }
        if (host.charAt(0) == '[') {
            return normalizeIpv6Literal(host);
        }
        // A trailing dot names the same DNS host; dropping it lets "example.com." match the site's domains.
        String withoutDot = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        String ascii = toAscii(host, withoutDot);
        requireValidLabels(host, ascii);
        return ascii;
    }

    private static String toAscii(String original, String host) {
        if (isAscii(host)) {
            return host.toLowerCase(Locale.ROOT);
        }
        try {
            return IDN.toASCII(host).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("host '" + original + "' is not a valid international domain name");
        }
    }

    private static void requireValidLabels(String original, String ascii) {
        if (ascii.isEmpty() || ascii.length() > MAX_HOST_LENGTH) {
            throw new IllegalArgumentException("host '" + original + "' must have 1 to 253 characters");
        }
        // Index arithmetic rather than split and streams: this runs for every line of a million-URL list.
        int start = 0;
        while (start <= ascii.length()) {
            int dot = ascii.indexOf('.', start);
            int end = dot < 0 ? ascii.length() : dot;
            requireValidLabel(original, ascii, start, end);
            start = end + 1;
        }
    }

    /** The label ascii[start, end). */
    private static void requireValidLabel(String original, String ascii, int start, int end) {
        if (end == start || end - start > MAX_LABEL_LENGTH) {
            throw new IllegalArgumentException("host '" + original + "' has an empty or over-long label");
        }
        if (ascii.charAt(start) == '-' || ascii.charAt(end - 1) == '-') {
            throw new IllegalArgumentException("host '" + original + "' has a label starting or ending with '-'");
        }
        for (int i = start; i < end; i++) {
            char c = ascii.charAt(i);
            // Underscores are not valid in host names but do occur in real DNS names, so they are let through.
            if (!(isAsciiAlphanumeric(c) || c == '-' || c == '_')) {
                throw new IllegalArgumentException(
                        "host '" + original + "' contains a character not allowed in a host");
            }
        }
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    private static String normalizeIpv6Literal(String host) {
        if (!host.endsWith("]") || !isIpv6(host.substring(1, host.length() - 1))) {
            throw new IllegalArgumentException("host '" + host + "' is not a valid IPv6 literal");
        }
        return host.toLowerCase(Locale.ROOT);
    }

    /** RFC 4291 text form without a zone id: up to 8 groups, one "::", optionally a trailing IPv4 part. */
    static boolean isIpv6(String text) {
        int compression = text.indexOf("::");
        if (compression >= 0 && text.indexOf("::", compression + 1) >= 0) {
            return false;
        }
        if (compression < 0) {
            return countGroups(text) == 8;
        }
        String head = text.substring(0, compression);
        String tail = text.substring(compression + 2);
        int headGroups = head.isEmpty() ? 0 : countGroups(head);
        int tailGroups = tail.isEmpty() ? 0 : countGroups(tail);
        return headGroups >= 0
                && tailGroups >= 0
                && headGroups + tailGroups <= 7
                && (head.isEmpty() || !head.contains("."));
    }

    /** Groups in a colon-separated run, an IPv4 tail counting as two; -1 when malformed. */
    private static int countGroups(String run) {
        String[] parts = run.split(":", -1);
        int groups = 0;
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            if (i == parts.length - 1 && part.contains(".")) {
                if (!isIpv4(part)) {
                    return -1;
                }
                groups += 2;
            } else if (part.isEmpty() || part.length() > 4 || !part.chars().allMatch(HostSyntax::isHexDigit)) {
                return -1;
            } else {
                groups++;
            }
        }
        return groups;
    }

    private static boolean isIpv4(String text) {
        String[] octets = text.split("\\.", -1);
        if (octets.length != 4) {
            return false;
        }
        for (String octet : octets) {
            if (octet.isEmpty()
                    || octet.length() > 3
                    || !octet.chars().allMatch(c -> c >= '0' && c <= '9')
                    || Integer.parseInt(octet) > 255) {
                return false;
            }
        }
        return true;
    }

    static boolean isHexDigit(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    static boolean isAsciiAlphanumeric(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
