package dev.prewarm.persistence.convert;

import dev.prewarm.domain.plan.BatchStatus;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter
public class BatchStatusConverter extends WireNameConverter<BatchStatus>
        implements AttributeConverter<BatchStatus, String> {
    public BatchStatusConverter() {
        super(BatchStatus.class, BatchStatus::wireName);
    }
}
