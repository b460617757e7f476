package dev.prewarm.rest.rpc;

import dev.prewarm.domain.error.InvalidParameterException;
import dev.prewarm.domain.error.MissingParameterException;
import java.util.Map;
import java.util.Optional;

/**
 * The merged parameters of one RPC call (query string and form body). Values are strings as on the
 * wire; numbers may arrive as numeric strings. Unknown parameters are simply never asked for.
 */
public final class RpcParameters {
    private final Map<String, String> values;

    public RpcParameters(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    public Optional<String> optional(String name) {
        return Optional.ofNullable(values.get(name)).filter(v -> !v.isBlank());
    }

    public String required(String name) {
        return optional(name).orElseThrow(() -> MissingParameterException.of(name));
    }

    /** A whole number within [min, max], or the default when absent. */
    public long number(String name, long min, long max, long defaultValue) {
        return optional(name).map(v -> parseNumber(name, v, min, max)).orElse(defaultValue);
    }

    public Optional<Long> optionalNumber(String name, long min, long max) {
        return optional(name).map(v -> parseNumber(name, v, min, max));
    }

    public long requiredNumber(String name, long min, long max) {
        return parseNumber(name, required(name), min, max);
    }

    private static long parseNumber(String name, String text, long min, long max) {
        long value;
        try {
            value = Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(name, "must be a whole number, got '" + text + "'");
        }
        if (value < min || value > max) {
            throw new InvalidParameterException(name, "must be between " + min + " and " + max + ", got " + value);
        }
        return value;
    }

    public Map<String, String> asMap() {
        return values;
    }
}
