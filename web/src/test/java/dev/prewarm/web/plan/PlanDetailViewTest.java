package dev.prewarm.web.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prewarm.domain.error.EndTimeBeforeStartException;
import dev.prewarm.domain.error.InvalidParameterException;
import dev.prewarm.domain.error.NotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PlanDetailViewTest {
    private static final Path PAGE = Path.of("src/main/webapp/admin/plans/detail.xhtml");

    @Test
    void aRefusedSettingIsExplainedBesideItsOwnField() {
        assertThat(PlanDetailView.fieldOf(new InvalidParameterException("StartTime", "bad")))
                .isEqualTo("plan:start-time");
        assertThat(PlanDetailView.fieldOf(new InvalidParameterException("EndTime", "bad")))
                .isEqualTo("plan:end-time");
        assertThat(PlanDetailView.fieldOf(new InvalidParameterException("Interval", "bad")))
                .isEqualTo("plan:interval");
        assertThat(PlanDetailView.fieldOf(new InvalidParameterException("SliceLen", "bad")))
                .isEqualTo("plan:sliceLen");
    }

    @Test
    void anEndBeforeTheStartIsExplainedBesideTheEndAndAnythingElseInTheBanner() {
        Instant start = Instant.parse("2026-11-29T12:00:00Z");
        assertThat(PlanDetailView.fieldOf(new EndTimeBeforeStartException(start, start.minusSeconds(60))))
                .isEqualTo("plan:end-time");
        assertThat(PlanDetailView.fieldOf(NotFoundException.execution("x"))).isNull();
    }

    /** The ids once named the Start button and nothing: the messages went nowhere. */
    @Test
    void everyFieldAMessageGoesToIsOnThePage() throws IOException {
        String page = Files.readString(PAGE);
        assertThat(page).contains("<h:form id=\"plan\">");
        assertThat(PlanDetailView.FIELDS.values())
                .allSatisfy(field -> assertThat(page)
                        .containsPattern(
                                "<p:(datePicker|inputNumber) id=\"" + field.substring("plan:".length()) + "\""));
    }
}
