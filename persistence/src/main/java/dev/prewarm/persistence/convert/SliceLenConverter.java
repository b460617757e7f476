package dev.prewarm.persistence.convert;

import dev.prewarm.domain.plan.SliceLen;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter
public class SliceLenConverter implements AttributeConverter<SliceLen, Integer> {
    @Override
    public Integer convertToDatabaseColumn(SliceLen value) {
        return value == null ? null : value.value();
    }

    @Override
    public SliceLen convertToEntityAttribute(Integer column) {
        return column == null ? null : new SliceLen(column);
    }
}
