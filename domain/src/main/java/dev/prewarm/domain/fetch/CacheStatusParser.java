package dev.prewarm.domain.fetch;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the cache status from the headers caches commonly send, most specific first. A header may
 * hold a chain ("MISS, HIT" from a shield and an edge); the last entry is the cache nearest to us,
 * the one being warmed. {@code Age > 0} means a cached copy when nothing else says so.
 */
public final class CacheStatusParser {
    private static final List<String> STATUS_HEADERS =
            List.of("CF-Cache-Status", "X-Cache-Status", "X-Cache", "CDN-Cache", "X-Proxy-Cache", "X-Cache-Lookup");
    // Apache Traffic Server's Via code: "[cHs f ]": the letter after 'c' is the cache lookup result.
    private static final Pattern ATS_VIA = Pattern.compile("\\[C([A-Z])");

    private CacheStatusParser() {}

    public static CacheStatus parse(ResponseHeaders headers) {
        boolean anyHeader = false;
        for (String name : STATUS_HEADERS) {
            Optional<String> value = headers.getUpperCase(name);
            if (value.isPresent()) {
                anyHeader = true;
                CacheStatus status = fromToken(lastEntry(value.get()));
                if (status != CacheStatus.UNKNOWN) {
                    return status;
                }
            }
        }
        Optional<CacheStatus> fromVia = headers.getUpperCase("Via").flatMap(CacheStatusParser::fromVia);
        if (fromVia.isPresent()) {
            return fromVia.get();
        }
        if (headers.get("Age").map(CacheStatusParser::positiveAge).orElse(false)) {
            return CacheStatus.HIT;
        }
        return anyHeader ? CacheStatus.UNKNOWN : CacheStatus.NONE;
    }

    /** One entry such as "HIT from node1", "TCP_REFRESH_HIT", "Hit from cloudfront", "EXPIRED". */
    static CacheStatus fromToken(String upper) {
        if (upper.contains("REVALIDATED") || upper.contains("REFRESH")) {
            return CacheStatus.REVALIDATED;
        }
        if (upper.contains("EXPIRED")) {
            return CacheStatus.EXPIRED;
        }
        if (upper.contains("STALE")) {
            return CacheStatus.STALE;
        }
        if (upper.contains("UPDATING")) {
            return CacheStatus.UPDATING;
        }
        if (upper.contains("BYPASS") || upper.contains("PASS")) {
            return CacheStatus.BYPASS;
        }
        if (upper.contains("DYNAMIC")) {
            return CacheStatus.DYNAMIC;
        }
        if (upper.contains("MISS")) {
            return CacheStatus.MISS;
        }
        if (upper.contains("HIT")) {
            return CacheStatus.HIT;
        }
        return CacheStatus.UNKNOWN;
    }

    private static String lastEntry(String value) {
        int comma = value.lastIndexOf(',');
        return (comma < 0 ? value : value.substring(comma + 1)).strip();
    }

    private static Optional<CacheStatus> fromVia(String upperVia) {
        Matcher code = ATS_VIA.matcher(upperVia);
        if (!code.find()) {
            return Optional.empty();
        }
        return switch (code.group(1)) {
            case "H", "R" -> Optional.of(CacheStatus.HIT);
            case "S" -> Optional.of(CacheStatus.STALE);
            case "M", "A" -> Optional.of(CacheStatus.MISS);
            default -> Optional.empty();
        };
    }

    private static boolean positiveAge(String age) {
        try {
            return Long.parseLong(lastEntry(age)) > 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
