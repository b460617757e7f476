package dev.prewarm.persistence.convert;

import dev.prewarm.domain.job.JobId;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter
public class JobIdConverter implements AttributeConverter<JobId, String> {
    @Override
    public String convertToDatabaseColumn(JobId value) {
        return value == null ? null : value.value();
    }

    @Override
    public JobId convertToEntityAttribute(String column) {
        return column == null ? null : JobId.of(column);
    }
}
