package dev.prewarm.rest.plan;

import dev.prewarm.application.plan.PlanScheduling;
import dev.prewarm.domain.job.JobId;
import dev.prewarm.domain.plan.Batch;
import dev.prewarm.domain.plan.Plan;
import dev.prewarm.domain.plan.PlanCreation;
import dev.prewarm.domain.plan.PlanId;
import dev.prewarm.domain.plan.PlanUpdate;
import dev.prewarm.domain.plan.RejectedPlan;
import dev.prewarm.rest.rpc.ClientTokenCalls;
import dev.prewarm.rest.rpc.RpcActions;
import dev.prewarm.rest.rpc.RpcCall;
import dev.prewarm.rest.rpc.RpcParameters;
import dev.prewarm.rest.rpc.WireTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The execution plan actions: create several, list, update, start, stop, delete, and the log. */
@ApplicationScoped
public class PlanRpc implements RpcActions {
    private static final List<String> CREATE_PARAMETERS = List.of("Id", "Executions");

    @Inject
    PlanScheduling scheduling;

    @Inject
    ClientTokenCalls clientTokens;

    @Override
    public Map<String, Function<RpcCall, Map<String, Object>>> actions() {
        return Map.of(
                "CreateScheduledPreloadExecutions", this::create,
                "ListScheduledPreloadExecutions", this::list,
                "UpdateScheduledPreloadExecution", this::update,
                "DeleteScheduledPreloadExecution", this::delete,
                "StartScheduledPreloadExecution", this::start,
                "StopScheduledPreloadExecution", this::stop,
                "ListScheduledPreloadExecutionLogs", this::logs);
    }

    Map<String, Object> create(RpcCall call) {
        return clientTokens.once("CreateScheduledPreloadExecutions", call, CREATE_PARAMETERS, this::createOnce);
    }

    private Map<String, Object> createOnce(RpcCall call) {
        JobId job = JobId.of(call.parameters().required("Id"));
        var requests = ExecutionsParameter.parse(call.parameters().required("Executions"));
        PlanCreation creation = scheduling.createAll(call.account(), job, requests);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("TotalCount", creation.total());
        body.put("SuccessCount", creation.created().size());
        body.put(
                "SuccessExecutions",
                creation.created().stream().map(ExecutionJson::from).toList());
        body.put(
                "FailedExecutions",
                creation.rejected().stream()
                        .map(r -> ExecutionsParameter.echo(r, job, call.account()))
                        .toList());
        body.put(
                "FailedMessages",
                creation.rejected().stream().map(RejectedPlan::message).toList());
        return body;
    }

    Map<String, Object> list(RpcCall call) {
        List<Plan> plans =
                scheduling.list(call.account(), JobId.of(call.parameters().required("Id")));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("TotalCount", plans.size());
        body.put("Executions", plans.stream().map(ExecutionJson::from).toList());
        return body;
    }

    Map<String, Object> update(RpcCall call) {
        RpcParameters p = call.parameters();
        PlanUpdate update = PlanUpdate.parse(
                p.optional("StartTime").orElse(null),
                p.optional("EndTime").orElse(null),
                p.optional("Interval").orElse(null),
                p.optional("SliceLen").orElse(null));
        return ExecutionJson.from(scheduling.update(call.account(), planId(call), update));
    }

    Map<String, Object> delete(RpcCall call) {
        scheduling.delete(call.account(), planId(call));
        return Map.of();
    }

    Map<String, Object> start(RpcCall call) {
        return ExecutionJson.from(scheduling.start(call.account(), planId(call)));
    }

    Map<String, Object> stop(RpcCall call) {
        return ExecutionJson.from(scheduling.stop(call.account(), planId(call)));
    }

    Map<String, Object> logs(RpcCall call) {
        RpcParameters p = call.parameters();
        JobId job = JobId.of(p.required("JobId"));
        PlanId plan = p.optional("ExecutionId").map(PlanId::of).orElse(null);
        int pageNumber = (int) p.number("PageNumber", 1, Integer.MAX_VALUE, 1);
        int pageSize = (int) p.number("PageSize", 1, 100, 20);
        PlanScheduling.BatchPage page = scheduling.batches(call.account(), job, plan, pageNumber, pageSize);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("TotalCount", page.total());
        body.put("Logs", page.batches().stream().map(PlanRpc::log).toList());
        return body;
    }

    private static Map<String, Object> log(Batch batch) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("BatchNo", batch.batchNo());
        out.put("ExecutionId", batch.planId().value());
        out.put("ScheduledAt", WireTime.iso(batch.dueAt()));
        out.put("StartedAt", WireTime.iso(batch.startedAt()));
        out.put("FinishedAt", batch.finishedAt().map(WireTime::iso).orElse(""));
        out.put("UrlFrom", batch.urlFrom());
        out.put("UrlTo", batch.urlTo());
        out.put("Succeeded", batch.succeeded());
        out.put("Failed", batch.failed());
        out.put("Status", batch.status().name().toLowerCase(java.util.Locale.ROOT));
        return out;
    }

    private static PlanId planId(RpcCall call) {
        return PlanId.of(call.parameters().required("Id"));
    }
}
