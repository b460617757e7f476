package dev.prewarm.rest.task;

import dev.prewarm.application.task.InstantPreload;
import dev.prewarm.domain.plan.PlanTime;
import dev.prewarm.domain.site.SiteId;
import dev.prewarm.domain.task.TaskFilter;
import dev.prewarm.domain.task.TaskId;
import dev.prewarm.domain.task.TaskStatus;
import dev.prewarm.domain.url.PreloadUrl;
import dev.prewarm.rest.rpc.RpcActions;
import dev.prewarm.rest.rpc.RpcCall;
import dev.prewarm.rest.rpc.RpcParameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The instant preload actions: submit URLs ({@code PreloadCaches}) and list tasks. */
@ApplicationScoped
public class TaskRpc implements RpcActions {
    @Inject
    InstantPreload preload;

    @Override
    public Map<String, Function<RpcCall, Map<String, Object>>> actions() {
        return Map.of(
                "PreloadCaches", this::preloadCaches,
                "DescribePreloadTasks", this::describe);
    }

    Map<String, Object> preloadCaches(RpcCall call) {
        RpcParameters p = call.parameters();
        SiteId site = SiteId.parse(p.required("SiteId"));
        List<String> urls = PreloadParameters.content(p.required("Content"));
        Map<String, String> headers =
                p.optional("Headers").map(PreloadParameters::headers).orElse(Map.of());
        TaskId id = preload.submit(call.account(), site, urls, headers);
        return Map.of("TaskId", id.value());
    }

    Map<String, Object> describe(RpcCall call) {
        RpcParameters p = call.parameters();
        TaskFilter filter = new TaskFilter(
                p.optional("SiteId").map(SiteId::parse).orElse(null),
                p.optional("Content")
                        .map(url -> PreloadUrl.parse(url, "Content"))
                        .orElse(null),
                p.optional("Status").map(TaskStatus::fromWire).orElse(null),
                time(p, "StartTime"),
                time(p, "EndTime"));
        int pageNumber = (int) p.number("PageNumber", 1, 100_000, 1);
        int pageSize = (int) p.number("PageSize", 1, 50, 20);
        InstantPreload.TaskPage page = preload.describe(call.account(), filter, pageNumber, pageSize);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("PageNumber", pageNumber);
        body.put("PageSize", pageSize);
        body.put("TotalCount", page.total());
        body.put("Tasks", page.tasks().stream().map(TaskJson::from).toList());
        return body;
    }

    /** ISO-8601 with an offset, as for plans (API.md §4); a time without one is refused. */
    private static Instant time(RpcParameters p, String name) {
        return p.optional(name)
                .map(text -> PlanTime.parse(name, text).instant())
                .orElse(null);
    }
}
