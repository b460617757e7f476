package dev.prewarm.persistence.convert;

import dev.prewarm.domain.account.AccessKeyId;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter
public class AccessKeyIdConverter implements AttributeConverter<AccessKeyId, String> {
    @Override
    public String convertToDatabaseColumn(AccessKeyId value) {
        return value == null ? null : value.value();
    }

    @Override
    public AccessKeyId convertToEntityAttribute(String column) {
        return column == null ? null : AccessKeyId.of(column);
    }
}
