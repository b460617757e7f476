package dev.prewarm.rest.task;

import dev.prewarm.domain.task.PreloadTask;
import dev.prewarm.rest.rpc.WireTime;
import java.util.LinkedHashMap;
import java.util.Map;

/** An element of {@code Tasks} in DescribePreloadTasks (API.md §4), with its exact keys and types. */
final class TaskJson {
    private TaskJson() {}

    static Map<String, Object> from(PreloadTask task) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("TaskId", task.taskId().value());
        out.put("Content", task.content().value());
        out.put("CreateTime", WireTime.taskTime(task.createdAt()));
        out.put("Status", task.status().wireName());
        out.put("Process", task.process() + "%");
        out.put("Description", task.description());
        return out;
    }
}
