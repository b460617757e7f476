package dev.prewarm.rest.admin.account;

import dev.prewarm.domain.plan.Interval;
import dev.prewarm.domain.plan.SliceLen;
import dev.prewarm.domain.quota.QuotaOverrides;
import dev.prewarm.domain.quota.QuotaPolicy;
import dev.prewarm.rest.admin.JsonInput;
import java.time.Duration;
import java.util.Set;

/**
 * The limits in force for an account (API.md §6). The same field names, each optional, are what a
 * PUT sends as overrides; durations are in whole seconds.
 */
public record QuotaJson(
        int jobsPerSite,
        int urlsPerJob,
        long urlListBytes,
        long remoteFileBytes,
        long remoteDownloadTimeoutSeconds,
        int urlBytes,
        int plansPerJob,
        int minIntervalSeconds,
        int maxIntervalSeconds,
        int minSliceLen,
        int maxSliceLen,
        int apiCallsPerSecond,
        int apiBurst) {
    static final Set<String> FIELDS = Set.of(
            "jobsPerSite",
            "urlsPerJob",
            "urlListBytes",
            "remoteFileBytes",
            "remoteDownloadTimeoutSeconds",
            "urlBytes",
            "plansPerJob",
            "minIntervalSeconds",
            "maxIntervalSeconds",
            "minSliceLen",
            "maxSliceLen",
            "apiCallsPerSecond",
            "apiBurst");

    public static QuotaJson from(QuotaPolicy policy) {
        return new QuotaJson(
                policy.jobsPerSite(),
                policy.urlsPerJob(),
                policy.urlListBytes(),
                policy.remoteFileBytes(),
                policy.remoteDownloadTimeout().toSeconds(),
                policy.urlBytes(),
                policy.plansPerJob(),
                policy.minInterval().seconds(),
                policy.maxInterval().seconds(),
                policy.minSliceLen().value(),
                policy.maxSliceLen().value(),
                policy.apiCallsPerSecond(),
                policy.apiBurst());
    }

    /** Overrides from a PUT body: an absent or null field keeps the default limit. */
    static QuotaOverrides overrides(JsonInput in) {
        in.allowOnly(FIELDS);
        return new QuotaOverrides(
                in.wholeInt("jobsPerSite").orElse(null),
                in.wholeInt("urlsPerJob").orElse(null),
                in.whole("urlListBytes").orElse(null),
                in.whole("remoteFileBytes").orElse(null),
                in.whole("remoteDownloadTimeoutSeconds")
                        .map(Duration::ofSeconds)
                        .orElse(null),
                in.wholeInt("urlBytes").orElse(null),
                in.wholeInt("plansPerJob").orElse(null),
                in.whole("minIntervalSeconds").map(Interval::ofSeconds).orElse(null),
                in.whole("maxIntervalSeconds").map(Interval::ofSeconds).orElse(null),
                in.whole("minSliceLen").map(SliceLen::of).orElse(null),
                in.whole("maxSliceLen").map(SliceLen::of).orElse(null),
                in.wholeInt("apiCallsPerSecond").orElse(null),
                in.wholeInt("apiBurst").orElse(null));
    }
}
