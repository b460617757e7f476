package dev.prewarm.domain.quota;

import dev.prewarm.domain.plan.Interval;
import dev.prewarm.domain.plan.SliceLen;
import java.time.Duration;
import java.util.Optional;

/**
 * An account's departures from the default limits; every null field keeps the default. Nullable
 * components (rather than Optional ones) map one-to-one onto nullable columns.
 */
public record QuotaOverrides(
        Integer jobsPerSiteOrNull,
        Integer urlsPerJobOrNull,
        Long urlListBytesOrNull,
        Long remoteFileBytesOrNull,
        Duration remoteDownloadTimeoutOrNull,
        Integer urlBytesOrNull,
        Integer plansPerJobOrNull,
        Interval minIntervalOrNull,
        Interval maxIntervalOrNull,
        SliceLen minSliceLenOrNull,
        SliceLen maxSliceLenOrNull,
        Integer apiCallsPerSecondOrNull,
        Integer apiBurstOrNull) {

    public static QuotaOverrides none() {
        return new QuotaOverrides(null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    public QuotaOverrides withJobsPerSite(int value) {
        return new QuotaOverrides(
                value,
                urlsPerJobOrNull,
                urlListBytesOrNull,
                remoteFileBytesOrNull,
                remoteDownloadTimeoutOrNull,
                urlBytesOrNull,
                plansPerJobOrNull,
                minIntervalOrNull,
                maxIntervalOrNull,
                minSliceLenOrNull,
                maxSliceLenOrNull,
                apiCallsPerSecondOrNull,
                apiBurstOrNull);
    }

    public QuotaOverrides withPlansPerJob(int value) {
        return new QuotaOverrides(
                jobsPerSiteOrNull,
                urlsPerJobOrNull,
                urlListBytesOrNull,
                remoteFileBytesOrNull,
                remoteDownloadTimeoutOrNull,
                urlBytesOrNull,
                value,
                minIntervalOrNull,
                maxIntervalOrNull,
                minSliceLenOrNull,
                maxSliceLenOrNull,
                apiCallsPerSecondOrNull,
                apiBurstOrNull);
    }

    public QuotaOverrides withUrlsPerJob(int value) {
        return new QuotaOverrides(
                jobsPerSiteOrNull,
                value,
                urlListBytesOrNull,
                remoteFileBytesOrNull,
                remoteDownloadTimeoutOrNull,
                urlBytesOrNull,
                plansPerJobOrNull,
                minIntervalOrNull,
                maxIntervalOrNull,
                minSliceLenOrNull,
                maxSliceLenOrNull,
                apiCallsPerSecondOrNull,
                apiBurstOrNull);
    }

    public Optional<Integer> jobsPerSite() {
        return Optional.ofNullable(jobsPerSiteOrNull);
    }

    public Optional<Integer> urlsPerJob() {
        return Optional.ofNullable(urlsPerJobOrNull);
    }

    public Optional<Long> urlListBytes() {
        return Optional.ofNullable(urlListBytesOrNull);
    }

    public Optional<Long> remoteFileBytes() {
        return Optional.ofNullable(remoteFileBytesOrNull);
    }

    public Optional<Duration> remoteDownloadTimeout() {
        return Optional.ofNullable(remoteDownloadTimeoutOrNull);
    }

    public Optional<Integer> urlBytes() {
        return Optional.ofNullable(urlBytesOrNull);
    }

    public Optional<Integer> plansPerJob() {
        return Optional.ofNullable(plansPerJobOrNull);
    }

    public Optional<Interval> minInterval() {
        return Optional.ofNullable(minIntervalOrNull);
    }

    public Optional<Interval> maxInterval() {
        return Optional.ofNullable(maxIntervalOrNull);
    }

    public Optional<SliceLen> minSliceLen() {
        return Optional.ofNullable(minSliceLenOrNull);
    }

    public Optional<SliceLen> maxSliceLen() {
        return Optional.ofNullable(maxSliceLenOrNull);
    }

    public Optional<Integer> apiCallsPerSecond() {
        return Optional.ofNullable(apiCallsPerSecondOrNull);
    }

    public Optional<Integer> apiBurst() {
        return Optional.ofNullable(apiBurstOrNull);
    }
}
