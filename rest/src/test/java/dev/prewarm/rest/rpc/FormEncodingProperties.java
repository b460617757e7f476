package dev.prewarm.rest.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.prewarm.domain.error.InvalidParameterException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class FormEncodingProperties {
    @Property(tries = 2000)
    void anyTextEitherParsesOrIsRejectedAsAnInvalidParameter(@ForAll String text) {
        try {
            FormEncoding.parse(text);
        } catch (InvalidParameterException e) {
            assertThat(e.code()).isEqualTo("InvalidParameter.Request");
        }
    }

    @Property(tries = 1000)
    void encodedNamesAndValuesDecodeToThemselves(@ForAll String name, @ForAll String value) {
        String form = URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(value, StandardCharsets.UTF_8);
        if (!name.isEmpty() && isWellFormedUtf16(name) && isWellFormedUtf16(value)) {
            assertThat(FormEncoding.parse(form)).containsExactlyEntriesOf(Map.of(name, value));
        }
    }

    @Test
    void aBrokenEscapeIsAClientError() {
        assertThatThrownBy(() -> FormEncoding.parse("Id=%zz")).isInstanceOf(InvalidParameterException.class);
        assertThatThrownBy(() -> FormEncoding.parse("Id=%C3")).isInstanceOf(InvalidParameterException.class);
        assertThatThrownBy(() -> FormEncoding.parse("Id=%")).isInstanceOf(InvalidParameterException.class);
    }

    @Test
    void plusIsASpaceAndTheLastRepeatWins() {
        assertThat(FormEncoding.parse("a=1+2&a=3&b&=x"))
                .containsEntry("a", "3")
                .containsEntry("b", "")
                .containsEntry("", "x");
    }

    private static boolean isWellFormedUtf16(String text) {
        return StandardCharsets.UTF_8.newEncoder().canEncode(text);
    }
}
