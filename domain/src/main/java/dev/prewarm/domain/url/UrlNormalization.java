package dev.prewarm.domain.url;

import java.util.Objects;

/**
 * The outcome of normalizing one submitted line. A per-line problem is an ordinary result, not an
 * exception: a list of a million lines with a few bad ones must not unwind the intake.
 */
public sealed interface UrlNormalization {

    /** The line is a valid URL; {@code host} is the normalized host (punycode, lower case, no brackets). */
    record Accepted(PreloadUrl url, String host) implements UrlNormalization {
        public Accepted {
            Objects.requireNonNull(url);
            Objects.requireNonNull(host);
        }
    }

    /** The line is not a valid URL; {@code detail} says why, for the downloadable rejected-lines file. */
    record Rejected(RejectionReason reason, String detail) implements UrlNormalization {
        public Rejected {
            Objects.requireNonNull(reason);
            Objects.requireNonNull(detail);
        }
    }

    default boolean isAccepted() {
        return this instanceof Accepted;
    }
}
