package dev.prewarm.persistence.task;

import dev.prewarm.domain.task.TaskId;
import java.io.Serializable;
import java.util.Objects;

/** The id class of PreloadTask (orm-task.xml): JPA needs a key type, and the domain should not carry one. */
public class PreloadTaskKey implements Serializable {
    private static final long serialVersionUID = 1L;

    private TaskId taskId;
    private int position;

    public PreloadTaskKey() {
        // for JPA
    }

    public PreloadTaskKey(TaskId taskId, int position) {
        this.taskId = taskId;
        this.position = position;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PreloadTaskKey that && position == that.position && Objects.equals(taskId, that.taskId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(taskId, position);
    }
}
