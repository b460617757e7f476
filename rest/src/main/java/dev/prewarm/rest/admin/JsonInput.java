package dev.prewarm.rest.admin;

import dev.prewarm.domain.error.InvalidParameterException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A request body read field by field. Read as JSON-P rather than bound to records so that a wrong
 * type names the field, unknown fields (typos) are refused instead of ignored, and an absent field
 * differs from an explicit {@code null} (which PATCH needs). Errors are
 * {@code InvalidParameter.{Field}}, the field capitalised as the domain names its parameters.
 */
public final class JsonInput {
    private final JsonObject object;

    private JsonInput(JsonObject object) {
        this.object = object;
    }

    /**
     * The body of a request that needs one; a missing body is an error, not an empty object. Taken
     * as any JSON value because JAX-RS would fail a JSON array bound to a JsonObject parameter with
     * an unmappable invocation error instead of a 400.
     */
    public static JsonInput body(JsonValue body) {
        if (!(body instanceof JsonObject object)) {
            String got = body == null ? "no body" : describe(body);
            throw new InvalidParameterException("Body", "the request body must be a JSON object, got " + got);
        }
        return new JsonInput(object);
    }

    /** Refuses any field not in {@code known}, so that a misspelt field is not silently ignored. */
    public JsonInput allowOnly(Set<String> known) {
        for (String field : object.keySet()) {
            if (!known.contains(field)) {
                String shown = field.length() > 40 ? field.substring(0, 40) + "…" : field;
                throw new InvalidParameterException(
                        "Body",
                        "'" + shown + "' is not a known field; expected "
                                + known.stream().sorted().toList());
            }
        }
        return this;
    }

    /**
     * Refuses an explicit {@code null} in any field but {@code nullable}: where null means nothing
     * (a PATCH keeps a field that is left out), a client that sent it meant something else.
     */
    public JsonInput refuseNulls(Set<String> nullable) {
        object.forEach((field, v) -> {
            if (v == JsonValue.NULL && !nullable.contains(field)) {
                throw invalid(field, "cannot be null; leave the field out to keep its value");
            }
        });
        return this;
    }

    /** True when the field is present, even as {@code null}. */
    public boolean has(String field) {
        return object.containsKey(field);
    }

    public Optional<String> string(String field) {
        return value(field, "a string", v -> v instanceof JsonString s ? s.getString() : null);
    }

    public Optional<Long> whole(String field) {
        return value(
                field, "a whole number", v -> v instanceof JsonNumber n && n.isIntegral() ? exact(field, n) : null);
    }

    public Optional<Integer> wholeInt(String field) {
        return whole(field).map(n -> {
            if (n < Integer.MIN_VALUE || n > Integer.MAX_VALUE) {
                throw invalid(field, "is out of range, got " + n);
            }
            return n.intValue();
        });
    }

    public Optional<Boolean> bool(String field) {
        return value(
                field,
                "true or false",
                v -> v == JsonValue.TRUE ? Boolean.TRUE : v == JsonValue.FALSE ? Boolean.FALSE : null);
    }

    public Optional<JsonInput> object(String field) {
        return value(field, "an object", v -> v instanceof JsonObject o ? new JsonInput(o) : null);
    }

    public Optional<List<String>> strings(String field) {
        return list(field, "an array of strings", v -> v instanceof JsonString s ? s.getString() : null);
    }

    public Optional<List<JsonInput>> objects(String field) {
        return list(field, "an array of objects", v -> v instanceof JsonObject o ? new JsonInput(o) : null);
    }

    /** An object whose values are all strings, in the order given. */
    public Optional<Map<String, String>> stringMap(String field) {
        return object(field).map(input -> {
            Map<String, String> map = new LinkedHashMap<>();
            input.object.forEach((key, v) -> {
                if (!(v instanceof JsonString s)) {
                    throw invalid(field, "must map names to strings, but '" + key + "' is " + describe(v));
                }
                map.put(key, s.getString());
            });
            return map;
        });
    }

    private <T> Optional<T> value(String field, String expected, Function<JsonValue, T> read) {
        JsonValue v = object.get(field);
        if (v == null || v == JsonValue.NULL) {
            return Optional.empty();
        }
        T result = read.apply(v);
        if (result == null) {
            throw invalid(field, "must be " + expected + ", got " + describe(v));
        }
        return Optional.of(result);
    }

    private <T> Optional<List<T>> list(String field, String expected, Function<JsonValue, T> read) {
        return value(field, expected, v -> v.getValueType() == JsonValue.ValueType.ARRAY ? v.asJsonArray() : null)
                .map(array -> {
                    List<T> items = new ArrayList<>(array.size());
                    for (JsonValue item : array) {
                        T parsed = read.apply(item);
                        if (parsed == null) {
                            throw invalid(field, "must be " + expected + ", but has " + describe(item));
                        }
                        items.add(parsed);
                    }
                    return items;
                });
    }

    private static Long exact(String field, JsonNumber n) {
        try {
            return n.longValueExact();
        } catch (ArithmeticException e) {
            throw invalid(field, "is out of range, got " + n);
        }
    }

    private static String describe(JsonValue v) {
        if (v.getValueType() == JsonValue.ValueType.NULL) {
            return "null"; // not "null null": the type and the text would say the same
        }
        String text = v.toString();
        String shown = text.length() > 40 ? text.substring(0, 40) + "…" : text;
        return v.getValueType().name().toLowerCase(Locale.ROOT) + " " + shown;
    }

    private static InvalidParameterException invalid(String field, String reason) {
        String name = field.isEmpty() ? "Body" : Character.toUpperCase(field.charAt(0)) + field.substring(1);
        return new InvalidParameterException(name, "'" + field + "' " + reason);
    }
}
