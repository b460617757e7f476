package dev.prewarm.persistence.convert;

import dev.prewarm.domain.plan.PlanId;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter
public class PlanIdConverter implements AttributeConverter<PlanId, String> {
    @Override
    public String convertToDatabaseColumn(PlanId value) {
        return value == null ? null : value.value();
    }

    @Override
    public PlanId convertToEntityAttribute(String column) {
        return column == null ? null : PlanId.of(column);
    }
}
