package dev.prewarm.domain.fetch;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * How many of something (a batch's URLs) ended in each {@link FetchOutcome}. Written as wire
 * names, {@code warmed:8,client_error:2}, outcomes with no count left out, so a stored text
 * stays readable and an outcome added later needs no schema change.
 */
public final class OutcomeCounts {
    private static final OutcomeCounts NONE = new OutcomeCounts(new EnumMap<>(FetchOutcome.class));

    private final EnumMap<FetchOutcome, Long> counts;

    private OutcomeCounts(EnumMap<FetchOutcome, Long> counts) {
        this.counts = counts;
    }

    public static OutcomeCounts none() {
        return NONE;
    }

    public static OutcomeCounts tally(Collection<FetchOutcome> outcomes) {
        EnumMap<FetchOutcome, Long> counts = new EnumMap<>(FetchOutcome.class);
        outcomes.forEach(outcome -> counts.merge(outcome, 1L, Long::sum));
        return new OutcomeCounts(counts);
    }

    public static OutcomeCounts of(Map<FetchOutcome, Long> counts) {
        EnumMap<FetchOutcome, Long> copy = new EnumMap<>(FetchOutcome.class);
        counts.forEach((outcome, count) -> {
            if (count < 0) {
                throw new IllegalArgumentException("a count must not be negative, got " + outcome + "=" + count);
            }
            if (count > 0) {
                copy.put(outcome, count);
            }
        });
        return new OutcomeCounts(copy);
    }

    /** Reads {@link #wire()}; blank means no counts. */
    public static OutcomeCounts parse(String wire) {
        EnumMap<FetchOutcome, Long> counts = new EnumMap<>(FetchOutcome.class);
        if (wire != null && !wire.isBlank()) {
            for (String pair : wire.split(",")) {
                int colon = pair.indexOf(':');
                if (colon < 0) {
                    throw new IllegalArgumentException("not an outcome count: '" + pair + "' in '" + wire + "'");
                }
                counts.put(
                        FetchOutcome.fromWire(pair.substring(0, colon).strip()),
                        Long.parseLong(pair.substring(colon + 1).strip()));
            }
        }
        return of(counts);
    }

    public long count(FetchOutcome outcome) {
        return counts.getOrDefault(outcome, 0L);
    }

    public long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    public long succeeded() {
        return counts.entrySet().stream()
                .filter(entry -> entry.getKey().isSuccess())
                .mapToLong(Map.Entry::getValue)
                .sum();
    }

    public long failed() {
        return total() - succeeded();
    }

    public Map<FetchOutcome, Long> asMap() {
        return Map.copyOf(counts);
    }

    public String wire() {
        StringJoiner joiner = new StringJoiner(",");
        counts.forEach((outcome, count) -> joiner.add(outcome.wireName() + ":" + count));
        return joiner.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OutcomeCounts that && counts.equals(that.counts);
    }

    @Override
    public int hashCode() {
        return counts.hashCode();
    }

    @Override
    public String toString() {
        return wire();
    }
}
