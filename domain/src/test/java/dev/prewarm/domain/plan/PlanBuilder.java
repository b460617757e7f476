package dev.prewarm.domain.plan;

import dev.prewarm.domain.account.AccountId;
import dev.prewarm.domain.job.JobId;
import java.time.Instant;
import java.util.Optional;

/** Test data builder: {@code aPlan().startingAt(t).every(60).build()}, or straight into a state. */
final class PlanBuilder {
    static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");
    static final PlanId PLAN_ID = PlanId.of("aaaaaaaaaaaaaaaaaaaaaaaa");
    static final JobId JOB_ID = JobId.of("bbbbbbbbbbbbbbbbbbbbbbbb");
    static final AccountId ACCOUNT_ID = AccountId.of("1234567890");

    private Instant createdAt = T0;
    private PlanTime start;
    private PlanTime end;
    private int intervalSeconds = 60;
    private int sliceLen = 10;

    private PlanBuilder() {}

    static PlanBuilder aPlan() {
        return new PlanBuilder();
    }

    PlanBuilder createdAt(Instant value) {
        createdAt = value;
        return this;
    }

    PlanBuilder startingAt(Instant value) {
        start = PlanTime.utc(value);
        return this;
    }

    PlanBuilder startingAt(String isoWithOffset) {
        start = PlanTime.parse("StartTime", isoWithOffset);
        return this;
    }

    PlanBuilder endingAt(Instant value) {
        end = PlanTime.utc(value);
        return this;
    }

    PlanBuilder every(int seconds) {
        intervalSeconds = seconds;
        return this;
    }

    PlanBuilder slicesOf(int urls) {
        sliceLen = urls;
        return this;
    }

    PlanRequest request() {
        return new PlanRequest(
                Optional.ofNullable(start),
                Optional.ofNullable(end),
                new Interval(intervalSeconds),
                new SliceLen(sliceLen));
    }

    Plan build() {
        return Plan.create(PLAN_ID, JOB_ID, ACCOUNT_ID, request(), createdAt);
    }

    /** Running after its first batch began at its first due time. */
    Plan running() {
        Plan plan = build();
        plan.beginBatch(plan.nextBatchDue().orElseThrow()).orElseThrow();
        return plan;
    }

    Plan stopped() {
        Plan plan = running();
        plan.stop(plan.progress().lastBatchDue().orElseThrow());
        return plan;
    }

    Plan failed() {
        Plan plan = running();
        plan.fail(plan.progress().lastBatchDue().orElseThrow(), "site is offline");
        return plan;
    }

    Plan finished() {
        Plan plan = running();
        plan.recordBatch(plan.progress().lastBatchDue().orElseThrow(), new BatchTally(sliceLen, 0, true));
        return plan;
    }
}
