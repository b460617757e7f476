package dev.prewarm.application.preload;

import dev.prewarm.domain.site.EdgeTarget;
import dev.prewarm.domain.site.HeaderVariant;
import dev.prewarm.domain.url.PreloadUrl;
import java.util.Objects;
import java.util.Optional;

/**
 * One fetch: a URL (by its position in the job's list) through one edge target, or through its own
 * host as DNS resolves it when {@code edge} is empty, with one header variant.
 */
public record PreloadRequest(long position, PreloadUrl url, Optional<EdgeTarget> edge, HeaderVariant variant) {
    /** How a direct fetch (no edge target) is named in {@code FetchResult.target}. */
    public static final String DIRECT = "direct";

    public PreloadRequest {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(edge, "edge");
        Objects.requireNonNull(variant, "variant");
        if (position < 0) {
            throw new IllegalArgumentException("position must not be negative, got " + position);
        }
    }

    public String targetName() {
        return edge.map(EdgeTarget::toString).orElse(DIRECT);
    }
}
