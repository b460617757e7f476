package dev.prewarm.persistence.convert;

import dev.prewarm.domain.plan.PlanStatus;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter
public class PlanStatusConverter extends WireNameConverter<PlanStatus>
        implements AttributeConverter<PlanStatus, String> {
    public PlanStatusConverter() {
        super(PlanStatus.class, PlanStatus::wireName);
    }
}
