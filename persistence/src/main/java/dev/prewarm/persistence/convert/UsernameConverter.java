package dev.prewarm.persistence.convert;

import dev.prewarm.domain.user.Username;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter
public class UsernameConverter implements AttributeConverter<Username, String> {
    @Override
    public String convertToDatabaseColumn(Username value) {
        return value == null ? null : value.value();
    }

    @Override
    public Username convertToEntityAttribute(String column) {
        return column == null ? null : Username.of(column);
    }
}
