package dev.prewarm.application.plan;

import dev.prewarm.domain.account.AccountId;
import dev.prewarm.domain.fetch.FetchOutcome;
import dev.prewarm.domain.job.PreloadJob;
import dev.prewarm.domain.job.PreloadJobRepository;
import dev.prewarm.domain.plan.Batch;
import dev.prewarm.domain.plan.Plan;
import dev.prewarm.domain.plan.PlanOverview;
import dev.prewarm.domain.plan.PlanStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What the dashboard shows of an account's plans: live progress, throughput, outcomes, trouble. */
@ApplicationScoped
@Transactional
public class PlanMonitoring {
    static final int MINUTES = 60;
    private static final int LIMIT = 50;

    @Inject
    PlanOverview overview;

    @Inject
    PreloadJobRepository jobs;

    @Inject
    Clock clock;

    /** A running or waiting plan with its job's progress and the forecast end. */
    public record LivePlan(Plan plan, String jobName, long urlCount, long urlsHandedOut, Optional<Instant> eta) {
        public int percent() {
            return urlCount == 0 ? 100 : (int) Math.min(100, urlsHandedOut * 100 / urlCount);
        }
    }

    /** URLs that finished in each minute of the last hour, oldest first, with their outcomes. */
    public record Throughput(Instant firstMinute, long[] succeededPerMinute, Map<FetchOutcome, Long> outcomes) {}

    public List<LivePlan> live(AccountId account) {
        Instant now = clock.instant();
        List<LivePlan> live = new ArrayList<>();
        for (Plan plan : overview.plansIn(account, Set.of(PlanStatus.RUNNING, PlanStatus.WAITING), LIMIT)) {
            Optional<PreloadJob> job = jobs.find(account, plan.jobId());
            long total = job.map(PreloadJob::urlSubmitted).orElse(0L);
            long remaining = job.map(PreloadJob::remaining).orElse(0L);
            live.add(new LivePlan(
                    plan,
                    job.map(j -> j.name().value()).orElse(""),
                    total,
                    total - remaining,
                    plan.projection().projectedFinish(now, remaining)));
        }
        return live;
    }

    /** Failed plans, most recent first: they need someone to look at the reason. */
    public List<Plan> needingAttention(AccountId account) {
        return overview.plansIn(account, Set.of(PlanStatus.FAILED), LIMIT);
    }

    public Map<PlanStatus, Long> statusCounts(AccountId account) {
        return overview.countByStatus(account);
    }

    public Throughput lastHour(AccountId account) {
        Instant first = clock.instant().truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofMinutes(MINUTES - 1));
        long[] perMinute = new long[MINUTES];
        Map<FetchOutcome, Long> outcomes = new EnumMap<>(FetchOutcome.class);
        for (Batch batch : overview.batchesFinishedSince(account, first)) {
            int minute = (int)
                    Duration.between(first, batch.finishedAt().orElseThrow()).toMinutes();
            if (minute >= 0 && minute < MINUTES) {
                perMinute[minute] += batch.succeeded();
            }
            batch.outcomes().asMap().forEach((outcome, count) -> outcomes.merge(outcome, count, Long::sum));
        }
        return new Throughput(first, perMinute, outcomes);
    }
}
