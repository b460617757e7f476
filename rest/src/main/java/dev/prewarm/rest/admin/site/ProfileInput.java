package dev.prewarm.rest.admin.site;

import dev.prewarm.domain.error.MissingParameterException;
import dev.prewarm.domain.site.EdgeTarget;
import dev.prewarm.domain.site.HeaderVariant;
import dev.prewarm.domain.site.RequestProfile;
import dev.prewarm.rest.admin.JsonInput;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Applies a {@code profile} object onto a base profile: the defaults when a site is registered,
 * the current profile for a PATCH. Fields left out keep the base's values; {@code
 * "requestsPerSecond": null} removes the rate cap.
 */
final class ProfileInput {
    private static final Set<String> FIELDS = Set.of(
            "edgeTargets",
            "variants",
            "userAgent",
            "connectTimeoutMs",
            "readTimeoutMs",
            "maxBodyBytes",
            "concurrency",
            "requestsPerSecond",
            "followRedirects");
    private static final Set<String> VARIANT_FIELDS = Set.of("name", "headers");

    private ProfileInput() {}

    static RequestProfile apply(JsonInput in, RequestProfile base) {
        in.allowOnly(FIELDS).refuseNulls(Set.of("requestsPerSecond")); // null: no rate cap
        RequestProfile profile = base;
        profile = in.strings("edgeTargets")
                .map(targets -> targets.stream().map(EdgeTarget::parse).toList())
                .map(profile::withEdgeTargets)
                .orElse(profile);
        profile = in.objects("variants")
                .map(ProfileInput::variants)
                .map(profile::withVariants)
                .orElse(profile);
        profile = in.string("userAgent").map(profile::withUserAgent).orElse(profile);
        Duration connect = in.whole("connectTimeoutMs").map(Duration::ofMillis).orElse(profile.connectTimeout());
        Duration read = in.whole("readTimeoutMs").map(Duration::ofMillis).orElse(profile.readTimeout());
        profile = profile.withTimeouts(connect, read);
        profile = in.whole("maxBodyBytes").map(profile::withMaxBodyBytes).orElse(profile);
        profile = in.wholeInt("concurrency").map(profile::withConcurrency).orElse(profile);
        if (in.has("requestsPerSecond")) {
            Integer rate = in.wholeInt("requestsPerSecond").orElse(null);
            profile = profile.withRequestsPerSecond(rate == null ? OptionalInt.empty() : OptionalInt.of(rate));
        }
        return in.bool("followRedirects").map(profile::withFollowRedirects).orElse(profile);
    }

    private static List<HeaderVariant> variants(List<JsonInput> items) {
        return items.stream().map(ProfileInput::variant).toList();
    }

    private static HeaderVariant variant(JsonInput in) {
        in.allowOnly(VARIANT_FIELDS).refuseNulls(Set.of());
        String name = in.string("name").orElseThrow(() -> MissingParameterException.of("VariantName"));
        Map<String, String> headers = in.stringMap("headers").orElse(Map.of());
        return new HeaderVariant(name, headers);
    }
}
