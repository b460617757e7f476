package dev.prewarm.persistence.convert;

import dev.prewarm.domain.site.EdgeTarget;
import dev.prewarm.domain.site.HeaderVariant;
import dev.prewarm.domain.site.RequestProfile;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.io.StringReader;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * A site's request profile as JSON text. Headers are stored as an array of [name, value] pairs, not
 * as an object, because their order matters and JSON objects are unordered. Durations are ISO-8601
 * ({@code PT5S}) so that any precision survives. {@code format} lets a later version read old rows.
 */
@Converter
public class RequestProfileConverter implements AttributeConverter<RequestProfile, String> {
    private static final int FORMAT = 1;
    private static final JsonProvider JSON = JsonProvider.provider();

    @Override
    public String convertToDatabaseColumn(RequestProfile profile) {
        if (profile == null) {
            return null;
        }
        JsonArrayBuilder targets = JSON.createArrayBuilder();
        profile.edgeTargets()
                .forEach(target -> targets.add(JSON.createObjectBuilder()
                        .add("scheme", target.scheme())
                        .add("host", target.host())
                        .add("port", target.port())));
        JsonArrayBuilder variants = JSON.createArrayBuilder();
        profile.variants().forEach(variant -> variants.add(toJson(variant)));
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("format", FORMAT)
                .add("edgeTargets", targets)
                .add("variants", variants)
                .add("userAgent", profile.userAgent())
                .add("connectTimeout", profile.connectTimeout().toString())
                .add("readTimeout", profile.readTimeout().toString())
                .add("maxBodyBytes", profile.maxBodyBytes())
                .add("concurrency", profile.concurrency())
                .add("followRedirects", profile.followRedirects());
        if (profile.requestsPerSecond().isPresent()) {
            json.add("requestsPerSecond", profile.requestsPerSecond().getAsInt());
        } else {
            json.addNull("requestsPerSecond");
        }
        return json.build().toString();
    }

    @Override
    public RequestProfile convertToEntityAttribute(String column) {
        if (column == null) {
            return null;
        }
        JsonObject json;
        try (var reader = JSON.createReader(new StringReader(column))) {
            json = reader.readObject();
        }
        if (json.getInt("format") != FORMAT) {
            throw new IllegalStateException("Unknown request profile format in the database: " + json.get("format"));
        }
        List<EdgeTarget> targets = json.getJsonArray("edgeTargets").getValuesAs(JsonObject.class).stream()
                .map(t -> new EdgeTarget(t.getString("scheme"), t.getString("host"), t.getInt("port")))
                .toList();
        List<HeaderVariant> variants = json.getJsonArray("variants").getValuesAs(JsonObject.class).stream()
                .map(RequestProfileConverter::fromJson)
                .toList();
        OptionalInt rate = json.isNull("requestsPerSecond")
                ? OptionalInt.empty()
                : OptionalInt.of(json.getInt("requestsPerSecond"));
        return new RequestProfile(
                targets,
                variants,
                json.getString("userAgent"),
                Duration.parse(json.getString("connectTimeout")),
                Duration.parse(json.getString("readTimeout")),
                json.getJsonNumber("maxBodyBytes").longValueExact(),
                json.getInt("concurrency"),
                rate,
                json.getBoolean("followRedirects"));
    }

    private static JsonObjectBuilder toJson(HeaderVariant variant) {
        JsonArrayBuilder headers = JSON.createArrayBuilder();
        variant.headers()
                .forEach((name, value) ->
                        headers.add(JSON.createArrayBuilder().add(name).add(value)));
        return JSON.createObjectBuilder().add("name", variant.name()).add("headers", headers);
    }

    private static HeaderVariant fromJson(JsonObject json) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (JsonValue pair : json.getJsonArray("headers")) {
            JsonArray nameAndValue = pair.asJsonArray();
            headers.put(nameAndValue.getString(0), nameAndValue.getString(1));
        }
        return new HeaderVariant(json.getString("name"), headers);
    }
}
