package dev.prewarm.persistence.convert;

import dev.prewarm.domain.account.SealedSecret;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter
public class SealedSecretConverter implements AttributeConverter<SealedSecret, String> {
    @Override
    public String convertToDatabaseColumn(SealedSecret value) {
        return value == null ? null : value.value();
    }

    @Override
    public SealedSecret convertToEntityAttribute(String column) {
        return column == null ? null : new SealedSecret(column);
    }
}
