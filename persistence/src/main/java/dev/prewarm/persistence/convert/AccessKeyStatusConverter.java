package dev.prewarm.persistence.convert;

import dev.prewarm.domain.account.AccessKeyStatus;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter
public class AccessKeyStatusConverter extends WireNameConverter<AccessKeyStatus>
        implements AttributeConverter<AccessKeyStatus, String> {
    public AccessKeyStatusConverter() {
        super(AccessKeyStatus.class, AccessKeyStatus::wireName);
    }
}
