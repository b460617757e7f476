package dev.prewarm.rest.job;

import dev.prewarm.application.job.JobIngestion;
import dev.prewarm.application.job.Jobs;
import dev.prewarm.application.job.RemoteListIngestion;
import dev.prewarm.domain.job.InsertWay;
import dev.prewarm.domain.job.JobId;
import dev.prewarm.domain.job.JobName;
import dev.prewarm.domain.job.PreloadJob;
import dev.prewarm.domain.job.PreloadJobRepository.JobWindow;
import dev.prewarm.domain.site.SiteId;
import dev.prewarm.rest.rpc.ClientTokenCalls;
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

/** The scheduled-preload job actions: create, get, list, delete, reset. */
@ApplicationScoped
public class JobRpc implements RpcActions {
    private static final List<String> CREATE_PARAMETERS = List.of("InsertWay", "Name", "SiteId", "UrlList", "OssUrl");

    @Inject
    JobIngestion ingestion;

    @Inject
    RemoteListIngestion remoteLists;

    @Inject
    Jobs jobs;

    @Inject
    ClientTokenCalls clientTokens;

    @Override
    public Map<String, Function<RpcCall, Map<String, Object>>> actions() {
        return Map.of(
                "CreateScheduledPreloadJob", this::create,
                "GetScheduledPreloadJob", this::get,
                "ListScheduledPreloadJobs", this::list,
                "DeleteScheduledPreloadJob", this::delete,
                "ResetScheduledPreloadJob", this::reset);
    }

    Map<String, Object> create(RpcCall call) {
        return clientTokens.once("CreateScheduledPreloadJob", call, CREATE_PARAMETERS, this::createOnce);
    }

    private Map<String, Object> createOnce(RpcCall call) {
        RpcParameters p = call.parameters();
        InsertWay way = InsertWay.parse(p.required("InsertWay"));
        JobName name = JobName.of(p.required("Name"));
        SiteId site = SiteId.parse(p.required("SiteId"));
        PreloadJob job = switch (way) {
            case TEXT_BOX -> ingestion.createFromText(call.account(), site, name, p.required("UrlList"));
            case OSS, SITEMAP -> remoteLists.create(call.account(), site, name, way, p.required("OssUrl"));
        };
        return JobJson.from(job, call.baseUrl());
    }

    Map<String, Object> get(RpcCall call) {
        return JobJson.from(jobs.get(call.account(), jobId(call)), call.baseUrl());
    }

    Map<String, Object> list(RpcCall call) {
        RpcParameters p = call.parameters();
        SiteId site = SiteId.parse(p.required("SiteId"));
        JobWindow window = new JobWindow(epochMillis(p, "StartTime"), epochMillis(p, "EndTime"));
        int pageNumber = (int) p.number("PageNumber", 1, Integer.MAX_VALUE, 1);
        int pageSize = (int) p.number("PageSize", 1, 100, 20);
        Jobs.JobPage page = jobs.page(call.account(), site, window, pageNumber, pageSize);
        List<Map<String, Object>> out = page.jobs().stream()
                .map(job -> withExecutionCount(JobJson.from(job, call.baseUrl()), page, job))
                .toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("TotalCount", Long.toString(page.total())); // a JSON string here, as ESA sends it
        body.put("Jobs", out);
        return body;
    }

    Map<String, Object> delete(RpcCall call) {
        jobs.delete(call.account(), jobId(call));
        return Map.of();
    }

    Map<String, Object> reset(RpcCall call) {
        return JobJson.from(jobs.reset(call.account(), jobId(call)), call.baseUrl());
    }

    private static Map<String, Object> withExecutionCount(Map<String, Object> json, Jobs.JobPage page, PreloadJob job) {
        json.put("ExecutionCount", page.executionCounts().getOrDefault(job.id(), 0L));
        return json;
    }

    private static JobId jobId(RpcCall call) {
        return JobId.of(call.parameters().required("Id"));
    }

    private static Instant epochMillis(RpcParameters p, String name) {
        return p.optionalNumber(name, 0, Long.MAX_VALUE)
                .map(Instant::ofEpochMilli)
                .orElse(null);
    }
}
