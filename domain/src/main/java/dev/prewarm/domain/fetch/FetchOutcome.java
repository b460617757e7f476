package dev.prewarm.domain.fetch;

import java.util.Collection;
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

    /**
     * One URL's outcome from its fetches (one per edge target and variant): the first failure, in
     * fetch order, if any failed, since one cold node is a URL not warmed; otherwise warmed over
     * cached over uncacheable (their declaration order), so a URL that any fetch warmed counts as warmed. A URL with no fetch
     * at all (which the preloader never returns) is a network error rather than left out.
     */
    public static FetchOutcome ofUrl(Collection<FetchOutcome> fetches) {
        FetchOutcome best = null;
        for (FetchOutcome outcome : fetches) {
            if (!outcome.isSuccess()) {
                return outcome;
            }
            if (best == null || outcome.ordinal() < best.ordinal()) {
                best = outcome;
            }
        }
        return best == null ? NETWORK_ERROR : best;
    }

    @Override
    public String toString() {
        return wireName();
    }
}
