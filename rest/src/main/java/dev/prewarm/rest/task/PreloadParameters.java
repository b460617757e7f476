package dev.prewarm.rest.task;

import dev.prewarm.domain.error.InvalidParameterException;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON-in-a-field parameters of {@code PreloadCaches}: {@code Content}, a JSON array of URL
 * strings, and {@code Headers}, a JSON object of header names to values (strings; numbers are taken
 * as their text). Only the JSON shape is judged here; the URLs and headers are the domain's.
 */
final class PreloadParameters {
    private PreloadParameters() {}

    static List<String> content(String json) {
        if (!(read(json) instanceof JsonArray array)) {
            throw new InvalidParameterException("Content", "must be a JSON array of URL strings");
        }
        List<String> urls = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            if (!(array.get(i) instanceof JsonString url)) {
                throw new InvalidParameterException(
                        "Content",
                        "element " + (i + 1) + " must be a string, got "
                                + array.get(i).getValueType());
            }
            urls.add(url.getString());
        }
        return urls;
    }

    static Map<String, String> headers(String json) {
        if (!(read(json) instanceof JsonObject object)) {
            throw new InvalidParameterException("Headers", "must be a JSON object of header names to values");
        }
        Map<String, String> headers = new LinkedHashMap<>();
        object.forEach((name, value) -> headers.put(name, headerValue(name, value)));
        return headers;
    }

    private static String headerValue(String name, JsonValue value) {
        return switch (value.getValueType()) {
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> value.toString();
            default ->
                throw new InvalidParameterException(
                        "Headers", "the value of '" + name + "' must be a string, got " + value.getValueType());
        };
    }

    /** Null when the text is not a JSON array or object; the caller names the parameter. */
    private static JsonStructure read(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.read();
        } catch (JsonException | IllegalStateException | ClassCastException e) {
            return null;
        }
    }
}
