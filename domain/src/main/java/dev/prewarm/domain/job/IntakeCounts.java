package dev.prewarm.domain.job;

import dev.prewarm.domain.url.RejectionReason;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What an intake saw: physical lines, skipped (blank and {@code #}) lines, URL lines submitted
 * ({@code UrlCount}), accepted ({@code UrlSubmitted}), rejections by reason, and the distinct hosts
 * of the accepted URLs in order of first appearance.
 */
public record IntakeCounts(
        long lines,
        long skipped,
        long urlCount,
        long urlSubmitted,
        Map<RejectionReason, Long> rejected,
        List<String> domains) {

    // ErrorInfo lists only these (API.md §3): Duplicate is a normal outcome of de-duplication, not an error.
    private static final List<RejectionReason> ERROR_INFO_REASONS =
            List.of(RejectionReason.INVALID_URL, RejectionReason.INVALID_DOMAIN, RejectionReason.QUOTA_EXCESS);

    public IntakeCounts {
        Map<RejectionReason, Long> copy = new EnumMap<>(RejectionReason.class);
        for (RejectionReason reason : RejectionReason.values()) {
            copy.put(reason, rejected.getOrDefault(reason, 0L));
        }
        rejected = Map.copyOf(copy);
        domains = List.copyOf(domains);
        long totalRejected = copy.values().stream().mapToLong(Long::longValue).sum();
        if (urlCount != urlSubmitted + totalRejected || lines != urlCount + skipped || urlSubmitted < 0) {
            throw new IllegalArgumentException("inconsistent intake counts: lines " + lines + ", skipped " + skipped
                    + ", urlCount " + urlCount + ", urlSubmitted " + urlSubmitted + ", rejected " + copy);
        }
    }

    public long rejected(RejectionReason reason) {
        return rejected.get(reason);
    }

    public long totalRejected() {
        return urlCount - urlSubmitted;
    }

    /** The contract's {@code ErrorInfo}: distinct reasons, comma-separated, empty if none. */
    public String errorInfo() {
        return ERROR_INFO_REASONS.stream()
                .filter(reason -> rejected(reason) > 0)
                .map(RejectionReason::wireName)
                .collect(Collectors.joining(","));
    }

    /** The contract's {@code Domains}: distinct accepted hosts, comma-separated. */
    public String domainsText() {
        return String.join(",", domains);
    }

    /** For messages, e.g. {@code 3 InvalidUrl, 1 InvalidDomain}; {@code no URL lines} when nothing was submitted. */
    public String describeRejections() {
        List<String> parts = new ArrayList<>();
        for (RejectionReason reason : RejectionReason.values()) {
            if (rejected(reason) > 0) {
                parts.add(rejected(reason) + " " + reason.wireName());
            }
        }
        return parts.isEmpty() ? "no URL lines" : String.join(", ", parts);
    }
}
