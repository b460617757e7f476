package dev.prewarm.persistence.convert;

import dev.prewarm.domain.job.InsertWay;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter
public class InsertWayConverter extends WireNameConverter<InsertWay> implements AttributeConverter<InsertWay, String> {
    public InsertWayConverter() {
        super(InsertWay.class, InsertWay::wireName);
    }
}
