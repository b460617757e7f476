package dev.prewarm.persistence.convert;

import dev.prewarm.domain.url.PreloadUrl;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** A stored URL was normalized on the way in; reading it back only re-checks the cheap invariants. */
@Converter
public class PreloadUrlConverter implements AttributeConverter<PreloadUrl, String> {
    @Override
    public String convertToDatabaseColumn(PreloadUrl value) {
        return value == null ? null : value.value();
    }

    @Override
    public PreloadUrl convertToEntityAttribute(String column) {
        return column == null ? null : new PreloadUrl(column);
    }
}
