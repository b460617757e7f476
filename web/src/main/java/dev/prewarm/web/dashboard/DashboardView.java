package dev.prewarm.web.dashboard;

import dev.prewarm.application.plan.PlanMonitoring;
import dev.prewarm.application.plan.PlanMonitoring.LivePlan;
import dev.prewarm.application.plan.PlanMonitoring.Throughput;
import dev.prewarm.domain.fetch.FetchOutcome;
import dev.prewarm.domain.plan.Plan;
import dev.prewarm.domain.plan.PlanStatus;
import dev.prewarm.web.viewer.ViewerTime;
import dev.prewarm.web.viewer.Workspace;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The dashboard (admin/index.xhtml): loaded once per view and again by the page's poll every few
 * seconds, so progress moves without a reload.
 */
@Named
@ViewScoped
public class DashboardView implements Serializable {
    @Inject
    PlanMonitoring monitoring;

    @Inject
    Workspace workspace;

    @Inject
    ViewerTime when;

    private List<LivePlan> live = List.of();
    private List<Plan> attention = List.of();
    private Map<PlanStatus, Long> counts = Map.of();
    private Throughput throughput;

    public void load() {
        workspace.account().ifPresent(account -> {
            live = monitoring.live(account);
            attention = monitoring.needingAttention(account);
            counts = monitoring.statusCounts(account);
            throughput = monitoring.lastHour(account);
        });
    }

    public boolean isHasAccount() {
        return workspace.account().isPresent();
    }

    public List<LivePlan> getLive() {
        return live;
    }

    public List<Plan> getAttention() {
        return attention;
    }

    public String reason(Plan plan) {
        return plan.progress().failureReason().orElse("");
    }

    public long count(String status) {
        return counts.getOrDefault(PlanStatus.fromWire(status), 0L);
    }

    /** One SVG bar per minute of the last hour, scaled to the busiest minute; drawn by the page, no script. */
    public record Bar(int x, int y, int height, String label) {}

    public List<Bar> getPerMinuteBars() {
        List<Bar> bars = new ArrayList<>();
        if (throughput == null) {
            return bars;
        }
        long[] values = throughput.succeededPerMinute();
        long max = 1;
        for (long v : values) {
            max = Math.max(max, v);
        }
        for (int i = 0; i < values.length; i++) {
            int height = (int) Math.round(values[i] * 110.0 / max);
            String minute = when.formatInput(throughput.firstMinute().plusSeconds(60L * i));
            bars.add(new Bar(i * 10, 120 - height, height, minute + " · " + values[i]));
        }
        return bars;
    }

    public List<Long> getPerMinute() {
        List<Long> values = new ArrayList<>();
        if (throughput != null) {
            for (long v : throughput.succeededPerMinute()) {
                values.add(v);
            }
        }
        return values;
    }

    public long getWarmedLastHour() {
        return getPerMinute().stream().mapToLong(Long::longValue).sum();
    }

    public List<Map.Entry<FetchOutcome, Long>> getOutcomes() {
        return throughput == null
                ? List.of()
                : List.copyOf(throughput.outcomes().entrySet());
    }

    public long getOutcomeTotal() {
        return getOutcomes().stream().mapToLong(Map.Entry::getValue).sum();
    }
}
