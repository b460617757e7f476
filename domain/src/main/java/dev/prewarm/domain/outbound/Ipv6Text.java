package dev.prewarm.domain.outbound;

import java.util.ArrayList;
import java.util.List;

/**
 * IPv6 text (RFC 4291 §2.2) without brackets, read strictly so that only numeric text ever reaches
 * {@link java.net.InetAddress}: zone ids are refused because the policy decides per address, and a
 * zone would let one address mean different interfaces.
 */
final class Ipv6Text {
    private static final int GROUPS = 8;

    private Ipv6Text() {}

    static byte[] parse(String text) {
        if (text.indexOf('%') >= 0) {
            throw new IllegalArgumentException(text + " has a zone id, which is not accepted");
        }
        int gap = text.indexOf("::");
        if (gap >= 0 && text.indexOf("::", gap + 1) >= 0) {
            throw new IllegalArgumentException(text + " has more than one '::'");
        }
        List<Integer> head = groups(text, gap < 0 ? text : text.substring(0, gap), gap < 0);
        List<Integer> tail = gap < 0 ? List.of() : groups(text, text.substring(gap + 2), true);
        int present = head.size() + tail.size();
        if ((gap < 0 && present != GROUPS) || (gap >= 0 && present >= GROUPS)) {
            throw new IllegalArgumentException(text + " does not have eight IPv6 groups");
        }
        List<Integer> all = new ArrayList<>(head);
        for (int i = present; i < GROUPS; i++) {
            all.add(0);
        }
        all.addAll(tail);
        byte[] bytes = new byte[16];
        for (int i = 0; i < GROUPS; i++) {
            bytes[2 * i] = (byte) (all.get(i) >>> 8);
            bytes[2 * i + 1] = (byte) (int) all.get(i);
        }
        return bytes;
    }

    /** RFC 5952 text: lower case, longest zero run as {@code ::}, IPv4-mapped with a dotted tail. */
    static String format(byte[] address) {
        if (isMapped(address)) {
            return "::ffff:" + Ipv4Text.format(address, 12);
        }
        int[] groups = new int[GROUPS];
        for (int i = 0; i < GROUPS; i++) {
            groups[i] = ((address[2 * i] & 0xFF) << 8) | (address[2 * i + 1] & 0xFF);
        }
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < GROUPS; i++) {
            int length = 0;
            while (i + length < GROUPS && groups[i + length] == 0) {
                length++;
            }
            if (length > bestLength) {
                bestStart = i;
                bestLength = length;
            }
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < GROUPS; i++) {
            if (i == bestStart) {
                text.append("::");
                i += bestLength - 1;
            } else {
                if (!text.isEmpty() && text.charAt(text.length() - 1) != ':') {
                    text.append(':');
                }
                text.append(Integer.toHexString(groups[i]));
            }
        }
        return text.toString();
    }

    private static boolean isMapped(byte[] address) {
        for (int i = 0; i < 10; i++) {
            if (address[i] != 0) {
                return false;
            }
        }
        return address[10] == (byte) 0xFF && address[11] == (byte) 0xFF;
    }

    private static List<Integer> groups(String text, String part, boolean mayEndInIpv4) {
        List<Integer> groups = new ArrayList<>();
        if (part.isEmpty()) {
            return groups;
        }
        String[] pieces = part.split(":", -1);
        for (int i = 0; i < pieces.length; i++) {
            String piece = pieces[i];
            if (mayEndInIpv4 && i == pieces.length - 1 && piece.indexOf('.') >= 0) {
                byte[] v4 = Ipv4Text.parseStrict(piece);
                groups.add(((v4[0] & 0xFF) << 8) | (v4[1] & 0xFF));
                groups.add(((v4[2] & 0xFF) << 8) | (v4[3] & 0xFF));
            } else if (piece.isEmpty() || piece.length() > 4 || !piece.chars().allMatch(Ipv6Text::isHex)) {
                throw new IllegalArgumentException(text + " has invalid IPv6 group '" + piece + "'");
            } else {
                groups.add(Integer.parseInt(piece, 16));
            }
        }
        return groups;
    }

    private static boolean isHex(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
