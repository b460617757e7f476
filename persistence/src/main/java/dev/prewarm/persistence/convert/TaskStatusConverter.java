package dev.prewarm.persistence.convert;

import dev.prewarm.domain.task.TaskStatus;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter
public class TaskStatusConverter extends WireNameConverter<TaskStatus>
        implements AttributeConverter<TaskStatus, String> {
    public TaskStatusConverter() {
        super(TaskStatus.class, TaskStatus::wireName);
    }
}
