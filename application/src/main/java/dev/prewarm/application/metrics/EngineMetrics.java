package dev.prewarm.application.metrics;

import dev.prewarm.domain.fetch.FetchOutcome;
import dev.prewarm.domain.fetch.FetchResult;
import dev.prewarm.domain.plan.PlanStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;

/**
 * The engine's metrics, in the application registry (exported with {@code mp_scope="application"}):
 * {@code prewarm_urls_fetched_total{outcome}}, {@code prewarm_batch_start_lag_seconds} (a summary
 * with quantiles) and {@code prewarm_plans{status}}. Every label value comes from a closed set
 * (outcomes, statuses), so no input can grow the number of series.
 */
@ApplicationScoped
public class EngineMetrics {
    static final String FETCHED = "prewarm.urls.fetched";
    static final String START_LAG = "prewarm.batch.start.lag";
    static final String PLANS = "prewarm.plans";

    @Inject
    MetricRegistry registry;

    @Inject
    PlanCensus census;

    private final Map<FetchOutcome, Counter> fetched = new EnumMap<>(FetchOutcome.class);
    private Timer startLag;

    /** Registers every series at start-up, so each shows (at zero) before the first batch. */
    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        Metadata fetchedMetadata = Metadata.builder()
                .withName(FETCHED)
                .withDescription("URL fetches (one per URL, edge target and variant) of scheduled batches, by outcome")
                .build();
        for (FetchOutcome outcome : FetchOutcome.values()) {
            fetched.put(outcome, registry.counter(fetchedMetadata, new Tag("outcome", outcome.wireName())));
        }
        startLag = registry.timer(Metadata.builder()
                .withName(START_LAG)
                .withDescription("How late each batch began after its due time (the database clock's)")
                .withUnit(MetricUnits.SECONDS)
                .build());
        Metadata plansMetadata = Metadata.builder()
                .withName(PLANS)
                .withDescription(
                        "Plans of the installation by status, from the database (every instance reports the same counts: aggregate with max, not sum)")
                .build();
        for (PlanStatus status : PlanStatus.values()) {
            registry.gauge(plansMetadata, () -> census.count(status), new Tag("status", status.wireName()));
        }
    }

    public void batchStarted(Duration lag) {
        if (startLag != null) {
            startLag.update(lag);
        }
    }

    public void fetched(List<FetchResult> results) {
        for (FetchResult result : results) {
            Counter counter = fetched.get(result.outcome());
            if (counter != null) {
                counter.inc();
            }
        }
    }
}
