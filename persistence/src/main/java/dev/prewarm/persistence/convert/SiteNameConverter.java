package dev.prewarm.persistence.convert;

import dev.prewarm.domain.site.SiteName;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter
public class SiteNameConverter implements AttributeConverter<SiteName, String> {
    @Override
    public String convertToDatabaseColumn(SiteName value) {
        return value == null ? null : value.value();
    }

    @Override
    public SiteName convertToEntityAttribute(String column) {
        return column == null ? null : SiteName.of(column);
    }
}
