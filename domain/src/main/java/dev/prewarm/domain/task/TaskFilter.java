package dev.prewarm.domain.task;

import dev.prewarm.domain.error.EndTimeBeforeStartException;
import dev.prewarm.domain.site.SiteId;
import dev.prewarm.domain.url.PreloadUrl;
import java.time.Instant;

/**
 * What {@code DescribePreloadTasks} narrows by; every field is optional (null = any). The creation
 * window is inclusive at both ends.
 */
public record TaskFilter(SiteId site, PreloadUrl content, TaskStatus status, Instant from, Instant to) {
    public TaskFilter {
        if (from != null && to != null && to.isBefore(from)) {
            throw new EndTimeBeforeStartException(from, to);
        }
    }

    public static TaskFilter all() {
        return new TaskFilter(null, null, null, null, null);
    }
}
