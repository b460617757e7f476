package dev.prewarm.persistence.convert;

import dev.prewarm.domain.account.AccountId;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter
public class AccountIdConverter implements AttributeConverter<AccountId, String> {
    @Override
    public String convertToDatabaseColumn(AccountId value) {
        return value == null ? null : value.value();
    }

    @Override
    public AccountId convertToEntityAttribute(String column) {
        return column == null ? null : AccountId.of(column);
    }
}
