package dev.prewarm.persistence.convert;

import dev.prewarm.domain.site.SiteId;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter
public class SiteIdConverter implements AttributeConverter<SiteId, Long> {
    @Override
    public Long convertToDatabaseColumn(SiteId value) {
        return value == null ? null : value.value();
    }

    @Override
    public SiteId convertToEntityAttribute(Long column) {
        return column == null ? null : SiteId.of(column);
    }
}
