package dev.prewarm.domain.task;

import dev.prewarm.domain.error.InvalidParameterException;
import dev.prewarm.domain.site.HeaderVariant;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The request headers of a {@code PreloadCaches} call, in the order given. Each header follows the
 * rules of {@link HeaderVariant#requireValidHeader} (no Host, Connection, Content-Length...); a name
 * may appear once whatever its case, since HTTP names are case-insensitive and the fetch could not
 * send both.
 */
public record TaskHeaders(Map<String, String> values) {
    public static final int MAX_HEADERS = HeaderVariant.MAX_HEADERS;
    /** Names plus values; about what common servers accept for a whole request header section. */
    public static final int MAX_TOTAL_CHARS = 8192;

    public TaskHeaders {
        if (values == null) {
            values = Map.of();
        }
        if (values.size() > MAX_HEADERS) {
            throw invalid("at most " + MAX_HEADERS + " headers are allowed, got " + values.size());
        }
        Map<String, String> copy = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        int total = 0;
        for (Map.Entry<String, String> header : values.entrySet()) {
            HeaderVariant.requireValidHeader("Headers", header.getKey(), header.getValue());
            if (!seen.add(header.getKey().toLowerCase(Locale.ROOT))) {
                throw invalid("the header '" + header.getKey() + "' is given more than once");
            }
            total += header.getKey().length() + header.getValue().length();
            copy.put(header.getKey(), header.getValue());
        }
        if (total > MAX_TOTAL_CHARS) {
            throw invalid("names and values may total at most " + MAX_TOTAL_CHARS + " characters, got " + total);
        }
        values = Collections.unmodifiableMap(copy);
    }

    public static TaskHeaders none() {
        return new TaskHeaders(Map.of());
    }

    public static TaskHeaders of(Map<String, String> values) {
        return new TaskHeaders(values);
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    private static InvalidParameterException invalid(String why) {
        return new InvalidParameterException("Headers", why);
    }
}
