package dev.prewarm.persistence.convert;

import dev.prewarm.domain.fetch.OutcomeCounts;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** A batch's per-outcome counts as their wire text; NULL (batches older than V7, or running) is none. */
@Converter
public class OutcomeCountsConverter implements AttributeConverter<OutcomeCounts, String> {
    @Override
    public String convertToDatabaseColumn(OutcomeCounts counts) {
        return counts == null || counts.total() == 0 ? null : counts.wire();
    }

    @Override
    public OutcomeCounts convertToEntityAttribute(String text) {
        return OutcomeCounts.parse(text);
    }
}
