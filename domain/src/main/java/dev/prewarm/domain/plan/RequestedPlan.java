package dev.prewarm.domain.plan;

/**
 * One element of {@code Executions} as it arrived, texts unparsed (null when absent), so that a
 * rejected plan can be echoed back in FailedExecutions exactly as the client sent it.
 */
public record RequestedPlan(String startTime, String endTime, String interval, String sliceLen) {
    public PlanRequest parse() {
        return PlanRequest.parse(startTime, endTime, interval, sliceLen);
    }
}
