package dev.prewarm.domain.plan;

import java.time.Instant;

/** Every observable field of a plan, to show that a rejected operation changed nothing. */
record PlanSnapshot(
        PlanStatus status,
        PlanWindow window,
        String echoedStart,
        Interval interval,
        SliceLen sliceLen,
        Instant anchor,
        Instant statusChangedAt,
        PlanProgress progress) {
    static PlanSnapshot of(Plan plan) {
        return new PlanSnapshot(
                plan.status(),
                plan.window(),
                plan.window().start().echo(),
                plan.interval(),
                plan.sliceLen(),
                plan.anchor(),
                plan.statusChangedAt(),
                plan.progress());
    }
}
