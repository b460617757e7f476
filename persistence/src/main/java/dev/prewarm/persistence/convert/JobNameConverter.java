package dev.prewarm.persistence.convert;

import dev.prewarm.domain.job.JobName;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter
public class JobNameConverter implements AttributeConverter<JobName, String> {
    @Override
    public String convertToDatabaseColumn(JobName value) {
        return value == null ? null : value.value();
    }

    @Override
    public JobName convertToEntityAttribute(String column) {
        return column == null ? null : JobName.of(column);
    }
}
