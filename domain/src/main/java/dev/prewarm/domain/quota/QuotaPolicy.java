package dev.prewarm.domain.quota;

import dev.prewarm.domain.error.InvalidParameterException;
import dev.prewarm.domain.error.LimitExceededException;
import dev.prewarm.domain.plan.Interval;
import dev.prewarm.domain.plan.SliceLen;
import java.time.Duration;
import java.util.Objects;

/**
 * The limits that apply to one account (API.md §6). Interval and SliceLen ranges may only narrow
 * the contract's absolute ranges, which {@link Interval} and {@link SliceLen} enforce themselves.
 */
public record QuotaPolicy(
        int jobsPerSite,
        int urlsPerJob,
        long urlListBytes,
        long remoteFileBytes,
        Duration remoteDownloadTimeout,
        int urlBytes,
        int plansPerJob,
        Interval minInterval,
        Interval maxInterval,
        SliceLen minSliceLen,
        SliceLen maxSliceLen,
        int apiCallsPerSecond,
        int apiBurst) {
    private static final long MIB = 1024L * 1024L;

    public QuotaPolicy {
        positive("jobsPerSite", jobsPerSite);
        positive("urlsPerJob", urlsPerJob);
        positive("urlListBytes", urlListBytes);
        positive("remoteFileBytes", remoteFileBytes);
        Objects.requireNonNull(remoteDownloadTimeout, "remoteDownloadTimeout");
        positive("remoteDownloadTimeout", remoteDownloadTimeout.toMillis());
        positive("urlBytes", urlBytes);
        positive("plansPerJob", plansPerJob);
        positive("apiCallsPerSecond", apiCallsPerSecond);
        positive("apiBurst", apiBurst);
        if (minInterval.seconds() > maxInterval.seconds() || minSliceLen.value() > maxSliceLen.value()) {
            throw new IllegalArgumentException("quota ranges need min <= max, got Interval " + minInterval + ".."
                    + maxInterval + ", SliceLen " + minSliceLen + ".." + maxSliceLen);
        }
    }

    public static QuotaPolicy defaults() {
        return new QuotaPolicy(
                100,
                1_000_000,
                16 * MIB,
                256 * MIB,
                Duration.ofSeconds(60),
                4096,
                100,
                new Interval(Interval.MIN_SECONDS),
                new Interval(Interval.MAX_SECONDS),
                new SliceLen(SliceLen.MIN),
                new SliceLen(SliceLen.MAX),
                50,
                100);
    }

    /** This policy with an account's overrides applied; absent overrides keep these values. */
    public QuotaPolicy with(QuotaOverrides o) {
        return new QuotaPolicy(
                o.jobsPerSite().orElse(jobsPerSite),
                o.urlsPerJob().orElse(urlsPerJob),
                o.urlListBytes().orElse(urlListBytes),
                o.remoteFileBytes().orElse(remoteFileBytes),
                o.remoteDownloadTimeout().orElse(remoteDownloadTimeout),
                o.urlBytes().orElse(urlBytes),
                o.plansPerJob().orElse(plansPerJob),
                o.minInterval().orElse(minInterval),
                o.maxInterval().orElse(maxInterval),
                o.minSliceLen().orElse(minSliceLen),
                o.maxSliceLen().orElse(maxSliceLen),
                o.apiCallsPerSecond().orElse(apiCallsPerSecond),
                o.apiBurst().orElse(apiBurst));
    }

    public void ensureJobSlot(long currentJobsOfSite) {
        if (currentJobsOfSite >= jobsPerSite) {
            throw LimitExceededException.jobsPerSite(jobsPerSite);
        }
    }

    public void ensurePlanSlot(long currentPlansOfJob) {
        if (currentPlansOfJob >= plansPerJob) {
            throw LimitExceededException.plansPerJob(plansPerJob);
        }
    }

    /** How many more URLs a job holding {@code acceptedSoFar} may accept before lines become QuotaExcess. */
    public long urlsLeftInJob(long acceptedSoFar) {
        return Math.max(0, urlsPerJob - acceptedSoFar);
    }

    public boolean isUrlTooLong(int utf8Bytes) {
        return utf8Bytes > urlBytes;
    }

    public void ensureUrlListSize(long bytes) {
        if (bytes > urlListBytes) {
            throw new InvalidParameterException(
                    "UrlList", "is " + bytes + " bytes, more than the limit of " + urlListBytes + " bytes");
        }
    }

    public void ensureRemoteFileSize(long bytes) {
        if (bytes > remoteFileBytes) {
            throw new InvalidParameterException(
                    "OssUrl", "the file is over " + remoteFileBytes + " bytes (read " + bytes + " so far)");
        }
    }

    public void ensureInterval(Interval interval) {
        if (interval.seconds() < minInterval.seconds() || interval.seconds() > maxInterval.seconds()) {
            throw new InvalidParameterException(
                    "Interval",
                    "must be between " + minInterval.seconds() + " and " + maxInterval.seconds() + " seconds, got "
                            + interval.seconds());
        }
    }

    public void ensureSliceLen(SliceLen sliceLen) {
        if (sliceLen.value() < minSliceLen.value() || sliceLen.value() > maxSliceLen.value()) {
            throw new InvalidParameterException(
                    "SliceLen",
                    "must be between " + minSliceLen.value() + " and " + maxSliceLen.value() + ", got "
                            + sliceLen.value());
        }
    }

    private static void positive(String name, long value) {
        if (value <= 0) {
            throw new IllegalArgumentException("quota " + name + " must be positive, got " + value);
        }
    }
}
