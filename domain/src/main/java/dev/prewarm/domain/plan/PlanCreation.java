package dev.prewarm.domain.plan;

import java.util.List;

/** The outcome of creating several plans at once: every request lands in exactly one list, in order. */
public record PlanCreation(List<Plan> created, List<RejectedPlan> rejected) {
    public PlanCreation {
        created = List.copyOf(created);
        rejected = List.copyOf(rejected);
    }

    public int total() {
        return created.size() + rejected.size();
    }
}
