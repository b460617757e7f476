package dev.prewarm.web.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.prewarm.domain.error.InvalidParameterException;
import dev.prewarm.domain.site.HeaderVariant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SiteFormTest {
    @Test
    void aVariantLineIsItsNameThenItsHeaders() {
        assertThat(SiteForm.parseVariant("gzip; Accept-Encoding: gzip"))
                .isEqualTo(new HeaderVariant("gzip", Map.of("Accept-Encoding", "gzip")));
        assertThat(SiteForm.parseVariant("plain")).isEqualTo(new HeaderVariant("plain", Map.of()));
    }

    @Test
    void aLineThatStartsWithAHeaderIsRefusedRatherThanSavedAsANameWithoutHeaders() {
        assertThatThrownBy(() -> SiteForm.parseVariant("Accept-Encoding: gzip"))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> {
                    assertThat(e.code()).isEqualTo("InvalidParameter.Variants");
                    assertThat(e.reason()).contains("'gzip; Accept-Encoding: gzip'", "got 'Accept-Encoding: gzip'");
                });
    }
}
