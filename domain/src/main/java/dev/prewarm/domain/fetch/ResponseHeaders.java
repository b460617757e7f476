package dev.prewarm.domain.fetch;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Response headers with case-insensitive names, as HTTP defines them. */
public final class ResponseHeaders {
    private final Map<String, List<String>> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    private ResponseHeaders(Map<String, List<String>> headers) {
        headers.forEach((name, values) -> {
            if (name != null && values != null) {
                byName.merge(name, List.copyOf(values), (a, b) -> concat(a, b));
            }
        });
    }

    public static ResponseHeaders of(Map<String, List<String>> headers) {
        return new ResponseHeaders(headers);
    }

    public static ResponseHeaders none() {
        return new ResponseHeaders(Map.of());
    }

    /** All values of the header, joined by ", " as if sent on one line. */
    public Optional<String> get(String name) {
        List<String> values = byName.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", values));
    }

    public Optional<String> getUpperCase(String name) {
        return get(name).map(value -> value.toUpperCase(Locale.ROOT));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
