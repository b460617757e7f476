package dev.prewarm.domain.job;

import dev.prewarm.domain.url.PreloadUrl;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The set of URLs already accepted by one intake, as 128-bit digests (the first 16 bytes of
 * SHA-256) in an open-addressing table over one {@code long[]}: 16 bytes per URL plus slack
 * instead of a String each, about 32 MiB for a million URLs.
 *
 * <p>Collisions: with n = 10^6 digests the chance that any two of 128 bits collide is about
 * n²/2^129 ≈ 1.5·10^-27, far below the odds of a hardware error, so a collision (which would
 * wrongly drop one URL as a duplicate) is ignored. Not thread-safe: one intake, one thread.
 */
final class UrlDigestSet {
    private static final int INITIAL_SLOTS = 1024;

    private final MessageDigest sha256;
    // Slot i holds hi at 2i and lo at 2i + 1; (0, 0) marks an empty slot, so that digest is tracked apart.
    private long[] table = new long[2 * INITIAL_SLOTS];
    private boolean containsZero;
    private int size;

    UrlDigestSet() {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }

    /** Adds the URL; false when it (or a URL with the same digest) is already present. */
    boolean add(PreloadUrl url) {
        ByteBuffer digest = digest(url);
        return add(digest.getLong(0), digest.getLong(8));
    }

    boolean contains(PreloadUrl url) {
        ByteBuffer digest = digest(url);
        long hi = digest.getLong(0);
        long lo = digest.getLong(8);
        if (hi == 0 && lo == 0) {
            return containsZero;
        }
        int slot = slotOf(hi, lo, table);
        return table[2 * slot] != 0 || table[2 * slot + 1] != 0;
    }

    int size() {
        return size;
    }

    boolean add(long hi, long lo) {
        if (hi == 0 && lo == 0) {
            boolean added = !containsZero;
            containsZero = true;
            size += added ? 1 : 0;
            return added;
        }
        int slot = slotOf(hi, lo, table);
        if (table[2 * slot] != 0 || table[2 * slot + 1] != 0) {
            return false;
        }
        table[2 * slot] = hi;
        table[2 * slot + 1] = lo;
        size++;
        // Grow at 3/4 load: linear probing stays short and the table at most 2.7 x the raw digests.
        if (size * 4L > (table.length / 2) * 3L) {
            grow();
        }
        return true;
    }

    /** The slot holding (hi, lo), or the empty slot where it belongs; the table is never full. */
    private static int slotOf(long hi, long lo, long[] table) {
        int mask = table.length / 2 - 1;
        int slot = (int) (lo ^ (lo >>> 32)) & mask;
        while (table[2 * slot] != 0 || table[2 * slot + 1] != 0) {
            if (table[2 * slot] == hi && table[2 * slot + 1] == lo) {
                return slot;
            }
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        long[] bigger = new long[table.length * 2];
        for (int i = 0; i < table.length; i += 2) {
            if (table[i] != 0 || table[i + 1] != 0) {
                int slot = slotOf(table[i], table[i + 1], bigger);
                bigger[2 * slot] = table[i];
                bigger[2 * slot + 1] = table[i + 1];
            }
        }
        table = bigger;
    }

    private ByteBuffer digest(PreloadUrl url) {
        return ByteBuffer.wrap(sha256.digest(url.value().getBytes(StandardCharsets.UTF_8)));
    }
}
