package dev.prewarm.domain.plan;

import dev.prewarm.domain.error.PrewarmException;

/** A requested plan that was not created, with its position in the request and the reason. */
public record RejectedPlan(int index, RequestedPlan request, PrewarmException error) {
    /** The FailedMessages entry: the error code first, e.g. {@code InvalidEndTime.Mismatch: The …}. */
    public String message() {
        return error.code() + ": " + error.getMessage();
    }
}
