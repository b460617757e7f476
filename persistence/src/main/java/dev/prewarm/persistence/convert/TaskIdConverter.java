package dev.prewarm.persistence.convert;

import dev.prewarm.domain.task.TaskId;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter
public class TaskIdConverter implements AttributeConverter<TaskId, String> {
    @Override
    public String convertToDatabaseColumn(TaskId value) {
        return value == null ? null : value.value();
    }

    @Override
    public TaskId convertToEntityAttribute(String column) {
        return column == null ? null : TaskId.of(column);
    }
}
