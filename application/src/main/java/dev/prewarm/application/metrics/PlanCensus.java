package dev.prewarm.application.metrics;

import dev.prewarm.application.startup.SchemaState;
import dev.prewarm.domain.plan.PlanRepository;
import dev.prewarm.domain.plan.PlanStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Plans by status for the gauges: one grouped query serves all of them, reused for a few seconds
 * so that a scrape (one gauge read per status) or several scrapers cost one query. A failed
 * query keeps the last counts: a scrape must not fail because the database is slow.
 */
@ApplicationScoped
public class PlanCensus {
    static final Duration FRESH_FOR = Duration.ofSeconds(5);
    private static final Logger LOG = Logger.getLogger(PlanCensus.class.getName());

    @Inject
    PlanRepository plans;

    @Inject
    SchemaState schema;

    private Map<PlanStatus, Long> counts = Map.of();
    private long countedAtNanos;
    private boolean counted;

    /** Outside any transaction: one read-only query, which JPA runs without one. */
    public synchronized long count(PlanStatus status) {
        if (schema.isMigrated() && (!counted || System.nanoTime() - countedAtNanos > FRESH_FOR.toNanos())) {
            try {
                counts = Map.copyOf(plans.countByStatus());
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "Could not count the plans; the gauges keep the last counts", e);
            }
            counted = true;
            countedAtNanos = System.nanoTime();
        }
        return counts.getOrDefault(status, 0L);
    }
}
