package dev.prewarm.rest.rpc.signature;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The canonical query string of V3 (API.md §2, V3 step 3), built from the raw query: the SDK
 * leaves {@code *()!'} unescaped on the wire but signs them escaped, so the wire text is decoded
 * and encoded again strictly. Pairs are sorted by decoded key, then decoded value, as the SDK sorts
 * its parameter names before encoding them.
 */
final class CanonicalQuery {
    private static final Comparator<Pair> ORDER =
            Comparator.comparing(Pair::key).thenComparing(Pair::value);

    private CanonicalQuery() {}

    static String of(String rawQuery) {
        List<Pair> pairs = new ArrayList<>();
        for (String part : rawQuery.split("&")) {
            if (!part.isEmpty()) {
                pairs.add(Pair.parse(part));
            }
        }
        return pairs.stream()
                .sorted(ORDER)
                .map(pair -> Rfc3986.encode(pair.key()) + "=" + Rfc3986.encode(pair.value()))
                .collect(Collectors.joining("&"));
    }

    private record Pair(String key, String value) {
        // A key without "=" has an empty value, as the SDK signs it.
        static Pair parse(String part) {
            int equals = part.indexOf('=');
            return equals < 0
                    ? new Pair(Rfc3986.decode(part), "")
                    : new Pair(Rfc3986.decode(part.substring(0, equals)), Rfc3986.decode(part.substring(equals + 1)));
        }
    }
}
