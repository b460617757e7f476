package dev.prewarm.persistence.convert;

import dev.prewarm.domain.task.TaskHeaders;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A task's headers as a JSON array of [name, value] pairs: an array, not an object, because the
 * order matters (as in {@link RequestProfileConverter}). No headers is {@code []}, never null.
 */
@Converter
public class TaskHeadersConverter implements AttributeConverter<TaskHeaders, String> {
    private static final JsonProvider JSON = JsonProvider.provider();

    @Override
    public String convertToDatabaseColumn(TaskHeaders headers) {
        if (headers == null) {
            return null;
        }
        JsonArrayBuilder pairs = JSON.createArrayBuilder();
        headers.values()
                .forEach((name, value) ->
                        pairs.add(JSON.createArrayBuilder().add(name).add(value)));
        return pairs.build().toString();
    }

    @Override
    public TaskHeaders convertToEntityAttribute(String column) {
        if (column == null) {
            return null;
        }
        JsonArray pairs;
        try (var reader = JSON.createReader(new StringReader(column))) {
            pairs = reader.readArray();
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (JsonValue pair : pairs) {
            JsonArray nameAndValue = pair.asJsonArray();
            headers.put(nameAndValue.getString(0), nameAndValue.getString(1));
        }
        return TaskHeaders.of(headers);
    }
}
