package dev.prewarm.persistence.convert;

import dev.prewarm.domain.plan.Interval;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter
public class IntervalConverter implements AttributeConverter<Interval, Integer> {
    @Override
    public Integer convertToDatabaseColumn(Interval value) {
        return value == null ? null : value.seconds();
    }

    @Override
    public Interval convertToEntityAttribute(Integer column) {
        return column == null ? null : new Interval(column);
    }
}
