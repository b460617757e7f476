package dev.prewarm.domain.fetch;

import java.util.Locale;

/** How preloading one URL through one target with one variant ended (PRODUCT.md §2). */
public enum FetchOutcome {
    WARMED,
    CACHED,
    UNCACHEABLE,
    REDIRECT,
    CLIENT_ERROR,
    SERVER_ERROR,
    TIMEOUT,
    NETWORK_ERROR,
    TOO_LARGE,
    BLOCKED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static FetchOutcome fromWire(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }

    /**
     * The origin answered 2xx: the URL counts as succeeded in its batch. A redirect is not, since
     * the content behind it was not warmed.
     */
    public boolean isSuccess() {
        return this == WARMED || this == CACHED || this == UNCACHEABLE;
    }

    @Override
    public String toString() {
        return wireName();
    }
}
