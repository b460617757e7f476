package dev.prewarm.domain.account;

import java.util.random.RandomGenerator;

/** The alphabet of AccessKey ids and secrets. */
final class Alphanumerics {
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private Alphanumerics() {}

    static boolean isAlphanumeric(String text) {
        return text.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
    }

    /** Uniform over the 62 characters: nextInt(bound) has no modulo bias. */
    static String random(RandomGenerator random, int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return out.toString();
    }
}
