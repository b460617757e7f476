package dev.prewarm.domain.job;

import dev.prewarm.domain.error.InvalidParameterException;
import dev.prewarm.domain.site.SiteDomains;
import dev.prewarm.domain.url.PreloadUrl;
import dev.prewarm.domain.url.RejectionReason;
import dev.prewarm.domain.url.UrlNormalization;
import dev.prewarm.domain.url.UrlNormalizer;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Takes a URL list one line at a time and decides each line's fate, in this order: skipped (blank
 * or {@code #}), {@code InvalidUrl}, {@code InvalidDomain}, {@code Duplicate}, {@code QuotaExcess}.
 * Accepted URLs and rejected lines go straight to the sinks; only digests and the few distinct
 * hosts stay in memory. One intake per list, used from one thread.
 */
public final class UrlListIntake {
    /** Hosts kept for {@code Domains}: a wildcard site may submit a million subdomains; the field is a summary. */
    public static final int MAX_DISTINCT_DOMAINS = 100;

    private static final int REJECTED_PREFIX_CHARS = 1024;

    private final SiteDomains siteDomains;
    private final long urlQuota;
    private final AcceptedUrlSink acceptedSink;
    private final RejectedLineSink rejectedSink;
    private final UrlDigestSet seen = new UrlDigestSet();
    private final Set<String> hosts = new LinkedHashSet<>();
    private final long[] rejected = new long[RejectionReason.values().length];
    private long lines;
    private long skipped;
    private long accepted;

    public UrlListIntake(
            SiteDomains siteDomains, long urlQuota, AcceptedUrlSink acceptedSink, RejectedLineSink rejectedSink) {
        if (urlQuota < 1) {
            throw new InvalidParameterException(
                    "UrlQuota", "the URLs-per-job limit must be at least 1, got " + urlQuota);
        }
        this.siteDomains = Objects.requireNonNull(siteDomains, "siteDomains");
        this.urlQuota = urlQuota;
        this.acceptedSink = Objects.requireNonNull(acceptedSink, "acceptedSink");
        this.rejectedSink = Objects.requireNonNull(rejectedSink, "rejectedSink");
    }

    /** Takes one line (without its terminator). Never throws for the content of a line. */
    public void accept(String line) {
        lines++;
        String text = line == null ? "" : line.strip();
        if (text.isEmpty() || text.startsWith("#")) {
            skipped++;
            return;
        }
        switch (UrlNormalizer.normalize(text)) {
            case UrlNormalization.Rejected r -> reject(line, r.reason(), r.detail());
            case UrlNormalization.Accepted a -> admit(line, a.url(), a.host());
        }
    }

    /** Streams a whole list; lines over {@link UrlLines#MAX_LINE_CHARS} are rejected without being held. */
    public void acceptAll(Reader reader) {
        UrlLines.forEach(reader, (text, truncated) -> {
            if (truncated && !text.strip().startsWith("#")) {
                lines++;
                reject(
                        text,
                        RejectionReason.INVALID_URL,
                        "the line is longer than " + UrlLines.MAX_LINE_CHARS + " characters");
            } else {
                accept(text);
            }
        });
    }

    public void acceptAll(String text) {
        acceptAll(new StringReader(text));
    }

    public IntakeCounts counts() {
        Map<RejectionReason, Long> byReason = new EnumMap<>(RejectionReason.class);
        for (RejectionReason reason : RejectionReason.values()) {
            byReason.put(reason, rejected[reason.ordinal()]);
        }
        return new IntakeCounts(lines, skipped, lines - skipped, accepted, byReason, new ArrayList<>(hosts));
    }

    private void admit(String line, PreloadUrl url, String host) {
        if (!siteDomains.matches(host)) {
            reject(line, RejectionReason.INVALID_DOMAIN, "the host '" + host + "' is not one of the site's domains");
        } else if (accepted < urlQuota ? !seen.add(url) : seen.contains(url)) {
            // Past the quota nothing is added, so memory stays bounded by the quota, not by the list.
            reject(line, RejectionReason.DUPLICATE, "the URL " + url + " was already accepted");
        } else if (accepted >= urlQuota) {
            reject(line, RejectionReason.QUOTA_EXCESS, "the job already has the maximum of " + urlQuota + " URLs");
        } else {
            acceptedSink.accept(accepted++, url);
            if (hosts.size() < MAX_DISTINCT_DOMAINS) {
                hosts.add(host);
            }
        }
    }

    private void reject(String line, RejectionReason reason, String detail) {
        rejected[reason.ordinal()]++;
        String kept = line.length() > REJECTED_PREFIX_CHARS ? line.substring(0, REJECTED_PREFIX_CHARS) + "…" : line;
        rejectedSink.reject(lines, kept, reason, detail);
    }
}
