package dev.prewarm.rest.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.prewarm.domain.error.InvalidParameterException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JsonInputTest {
    @Test
    void readsTypedFieldsAndTellsAbsentFromNull() {
        JsonInput in =
                input("{\"n\": 5, \"s\": \"x\", \"b\": true, \"l\": [\"a\"], \"m\": {\"k\": \"v\"}, \"z\": null}");
        assertThat(in.wholeInt("n")).contains(5);
        assertThat(in.string("s")).contains("x");
        assertThat(in.bool("b")).contains(true);
        assertThat(in.strings("l")).contains(List.of("a"));
        assertThat(in.stringMap("m")).contains(Map.of("k", "v"));
        assertThat(in.string("z")).isEmpty();
        assertThat(in.has("z")).isTrue();
        assertThat(in.has("absent")).isFalse();
    }

    @Test
    void aWrongTypeNamesTheField() {
        assertThatThrownBy(() -> input("{\"concurrency\": \"lots\"}").wholeInt("concurrency"))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> {
                    assertThat(e.code()).isEqualTo("InvalidParameter.Concurrency");
                    assertThat(e.reason()).contains("'concurrency'", "whole number", "\"lots\"");
                });
        assertThatThrownBy(() -> input("{\"n\": 1.5}").whole("n")).isInstanceOf(InvalidParameterException.class);
        assertThatThrownBy(() -> input("{\"n\": 99999999999999999999}").whole("n"))
                .hasMessageContaining("out of range");
        assertThatThrownBy(() -> input("{\"l\": [\"a\", 1]}").strings("l")).hasMessageContaining("array of strings");
        assertThatThrownBy(() -> input("{\"l\": [null]}").strings("l"))
                .hasMessageEndingWith("but has null.")
                .hasMessageNotContaining("null null");
    }

    @Test
    void unknownFieldsAndMissingBodiesAreRefused() {
        assertThatThrownBy(() -> input("{\"domain\": []}").allowOnly(Set.of("domains")))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> {
                    assertThat(e.code()).isEqualTo("InvalidParameter.Body");
                    assertThat(e.reason()).contains("'domain'", "domains");
                });
        assertThatThrownBy(() -> JsonInput.body(null)).hasMessageContaining("must be a JSON object, got no body");
        assertThatThrownBy(() -> JsonInput.body(Json.createArrayBuilder().add(1).build()))
                .hasMessageContaining("must be a JSON object, got array [1]");
    }

    @Test
    void nullIsRefusedWhereItMeansNothingAndKeptWhereItMeansSomething() {
        assertThatThrownBy(() -> input("{\"name\": null}").refuseNulls(Set.of()))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> {
                    assertThat(e.code()).isEqualTo("InvalidParameter.Name");
                    assertThat(e.reason()).contains("'name'", "cannot be null");
                });
        JsonInput rate = input("{\"requestsPerSecond\": null}").refuseNulls(Set.of("requestsPerSecond"));
        assertThat(rate.has("requestsPerSecond")).isTrue();
    }

    private static JsonInput input(String json) {
        JsonObject object = Json.createReader(new StringReader(json)).readObject();
        return JsonInput.body(object);
    }
}
