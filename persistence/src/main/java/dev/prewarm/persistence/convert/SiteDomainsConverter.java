package dev.prewarm.persistence.convert;

import dev.prewarm.domain.site.SiteDomains;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter
public class SiteDomainsConverter implements AttributeConverter<SiteDomains, String> {
    @Override
    public String convertToDatabaseColumn(SiteDomains value) {
        return value == null ? null : value.asText();
    }

    @Override
    public SiteDomains convertToEntityAttribute(String column) {
        return column == null ? null : SiteDomains.parse(column);
    }
}
