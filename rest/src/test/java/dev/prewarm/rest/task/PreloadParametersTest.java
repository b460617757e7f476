package dev.prewarm.rest.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.prewarm.domain.error.InvalidParameterException;
import org.junit.jupiter.api.Test;

class PreloadParametersTest {
    @Test
    void contentIsAJsonArrayOfStrings() {
        assertThat(PreloadParameters.content("[\"https://a.example/1\",\"https://a.example/2\"]"))
                .containsExactly("https://a.example/1", "https://a.example/2");
        assertThat(PreloadParameters.content("[]")).isEmpty();
    }

    @Test
    void malformedContentIsInvalidContent() {
        for (String bad : new String[] {"https://a.example/", "[\"x\"", "{\"a\":1}", "\"x\"", "[1]", "[null]"}) {
            assertThatThrownBy(() -> PreloadParameters.content(bad))
                    .as(bad)
                    .isInstanceOf(InvalidParameterException.class)
                    .extracting(e -> ((InvalidParameterException) e).code())
                    .isEqualTo("InvalidParameter.Content");
        }
    }

    @Test
    void headersAreAJsonObjectKeptInOrder() {
        assertThat(PreloadParameters.headers("{\"X-B\":\"2\",\"Accept-Encoding\":\"br\",\"X-N\":7}"))
                .containsExactly(
                        java.util.Map.entry("X-B", "2"),
                        java.util.Map.entry("Accept-Encoding", "br"),
                        java.util.Map.entry("X-N", "7"));
    }

    @Test
    void malformedHeadersAreInvalidHeaders() {
        for (String bad : new String[] {"Accept: br", "[\"a\"]", "{\"a\":", "{\"a\":null}", "{\"a\":{}}"}) {
            assertThatThrownBy(() -> PreloadParameters.headers(bad))
                    .as(bad)
                    .isInstanceOf(InvalidParameterException.class)
                    .extracting(e -> ((InvalidParameterException) e).code())
                    .isEqualTo("InvalidParameter.Headers");
        }
    }
}
