package dev.prewarm.rest.admin.site;

import dev.prewarm.domain.site.EdgeTarget;
import dev.prewarm.domain.site.RequestProfile;
import jakarta.json.bind.annotation.JsonbNillable;
import java.util.List;
import java.util.Map;

/**
 * A site's request profile; times in milliseconds, {@code requestsPerSecond} null for no cap.
 * Edge targets are shown as {@code scheme://host:port}, the form they are given in.
 */
public record ProfileJson(
        List<String> edgeTargets,
        List<VariantJson> variants,
        String userAgent,
        long connectTimeoutMs,
        long readTimeoutMs,
        long maxBodyBytes,
        int concurrency,
        @JsonbNillable Integer requestsPerSecond,
        boolean followRedirects) {

    public static ProfileJson from(RequestProfile profile) {
        return new ProfileJson(
                profile.edgeTargets().stream().map(EdgeTarget::toString).toList(),
                profile.variants().stream()
                        .map(v -> new VariantJson(v.name(), v.headers()))
                        .toList(),
                profile.userAgent(),
                profile.connectTimeout().toMillis(),
                profile.readTimeout().toMillis(),
                profile.maxBodyBytes(),
                profile.concurrency(),
                profile.requestsPerSecond().isPresent()
                        ? profile.requestsPerSecond().getAsInt()
                        : null,
                profile.followRedirects());
    }

    /** One header set; each URL is fetched once per variant. */
    public record VariantJson(String name, Map<String, String> headers) {}
}
