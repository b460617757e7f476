package dev.prewarm.rest.plan;

import dev.prewarm.domain.plan.Plan;
import dev.prewarm.domain.plan.PlanTime;
import java.util.LinkedHashMap;
import java.util.Map;

/** The Execution object of API.md §3: times echoed in the client's offset, EndTime "" if none. */
public final class ExecutionJson {
    private ExecutionJson() {}

    public static Map<String, Object> from(Plan plan) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("Id", plan.id().value());
        out.put("JobId", plan.jobId().value());
        out.put("AliUid", plan.accountId().value());
        out.put("StartTime", plan.window().start().echo());
        out.put("EndTime", plan.window().end().map(PlanTime::echo).orElse(""));
        out.put("Interval", plan.interval().seconds());
        out.put("SliceLen", plan.sliceLen().value());
        out.put("Status", plan.status().wireName());
        return out;
    }
}
