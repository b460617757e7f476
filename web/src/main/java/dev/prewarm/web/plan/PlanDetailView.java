package dev.prewarm.web.plan;

import dev.prewarm.application.job.Jobs;
import dev.prewarm.application.plan.PlanScheduling;
import dev.prewarm.application.result.FetchResults;
import dev.prewarm.domain.account.AccountId;
import dev.prewarm.domain.error.EndTimeBeforeStartException;
import dev.prewarm.domain.error.InvalidParameterException;
import dev.prewarm.domain.error.PrewarmException;
import dev.prewarm.domain.fetch.FetchOutcome;
import dev.prewarm.domain.job.PreloadJob;
import dev.prewarm.domain.plan.Batch;
import dev.prewarm.domain.plan.Plan;
import dev.prewarm.domain.plan.PlanId;
import dev.prewarm.domain.plan.PlanUpdate;
import dev.prewarm.domain.plan.RequestedPlan;
import dev.prewarm.domain.result.StoredResult;
import dev.prewarm.web.viewer.UiMessages;
import dev.prewarm.web.viewer.ViewerTime;
import dev.prewarm.web.viewer.Workspace;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * admin/plans/detail.xhtml: one plan's progress (polled), its settings (edit, start, stop), the
 * batch timeline and the per-URL results, filterable by outcome and exported as CSV.
 */
@Named
@ViewScoped
public class PlanDetailView implements Serializable {
    /** The settings form's field of each plan parameter: where its error is shown. */
    static final Map<String, String> FIELDS = Map.of(
            "StartTime", "plan:start-time",
            "EndTime", "plan:end-time",
            "Interval", "plan:interval",
            "SliceLen", "plan:sliceLen");

    @Inject
    PlanScheduling scheduling;

    @Inject
    Jobs jobs;

    @Inject
    FetchResults results;

    @Inject
    Workspace workspace;

    @Inject
    ViewerTime when;

    @Inject
    UiMessages messages;

    private String id;
    private Plan plan;
    private PreloadJob job;
    private PlanDraft edit;
    private String outcome;
    private final BatchesModel batches = new BatchesModel();
    private final ResultsModel resultRows = new ResultsModel();

    public String load() {
        try {
            refresh();
            edit = PlanDraft.of(plan, when.zone());
            return null;
        } catch (PrewarmException | IllegalArgumentException notHers) {
            messages.info("plan.notFound");
            return "/admin/jobs/list?faces-redirect=true";
        }
    }

    /** Also the poll's listener: progress and status move without a reload. */
    public void refresh() {
        plan = scheduling.get(account(), PlanId.of(id));
        job = jobs.get(account(), plan.jobId());
    }

    public void save() {
        try {
            RequestedPlan wire = edit.requested(when.zone());
            scheduling.update(
                    account(),
                    plan.id(),
                    PlanUpdate.parse(wire.startTime(), wire.endTime(), wire.interval(), wire.sliceLen()));
            messages.info("plan.saved");
        } catch (PrewarmException e) {
            messages.error(fieldOf(e), e);
        }
        refresh();
    }

    /**
     * The field a refused setting's message is shown beside: the parameter's own, and End for an
     * end before the start (what to change); none (the page's banner) for anything else.
     */
    static String fieldOf(PrewarmException refused) {
        return switch (refused) {
            case InvalidParameterException invalid -> FIELDS.get(invalid.parameter());
            case EndTimeBeforeStartException mismatch -> FIELDS.get("EndTime");
            default -> null;
        };
    }

    public void start() {
        act(() -> scheduling.start(account(), plan.id()));
    }

    public void stop() {
        act(() -> scheduling.stop(account(), plan.id()));
    }

    private void act(Runnable change) {
        try {
            change.run();
        } catch (PrewarmException e) {
            messages.error(null, e);
        }
        refresh();
    }

    public int getPercent() {
        return plan.progress().percentOf(job.urlSubmitted());
    }

    public String getReason() {
        return plan.progress().failureReason().orElse("");
    }

    /** Start lag of a batch: how late it began after its slot, in milliseconds. */
    public long lagMillis(Batch batch) {
        return Math.max(0, Duration.between(batch.dueAt(), batch.startedAt()).toMillis());
    }

    public List<String> getOutcomes() {
        return Arrays.stream(FetchOutcome.values()).map(FetchOutcome::wireName).toList();
    }

    private Optional<FetchOutcome> outcomeFilter() {
        return outcome == null || outcome.isBlank() ? Optional.empty() : Optional.of(FetchOutcome.fromWire(outcome));
    }

    private AccountId account() {
        return workspace.account().orElseThrow();
    }

    public Plan getPlan() {
        return plan;
    }

    public PreloadJob getJob() {
        return job;
    }

    public PlanDraft getEdit() {
        return edit;
    }

    public LazyDataModel<Batch> getBatches() {
        return batches;
    }

    public LazyDataModel<StoredResult> getResults() {
        return resultRows;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    /** The batch timeline, one database page at a time. */
    private class BatchesModel extends LazyDataModel<Batch> {
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(
                    Integer.MAX_VALUE,
                    scheduling.batches(account(), plan.jobId(), plan.id(), 1, 1).total());
        }

        @Override
        public List<Batch> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return scheduling
                    .batches(account(), plan.jobId(), plan.id(), first / pageSize + 1, pageSize)
                    .batches();
        }

        @Override
        public String getRowKey(Batch batch) {
            return Long.toString(batch.batchNo());
        }
    }

    /** Per-URL results, optionally of one outcome, one database page at a time. */
    private class ResultsModel extends LazyDataModel<StoredResult> {
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(
                    Integer.MAX_VALUE,
                    results.ofPlan(account(), plan.jobId(), plan.id(), outcomeFilter(), 1, 1)
                            .total());
        }

        @Override
        public List<StoredResult> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return results.ofPlan(account(), plan.jobId(), plan.id(), outcomeFilter(), first / pageSize + 1, pageSize)
                    .results();
        }

        @Override
        public String getRowKey(StoredResult result) {
            return result.batchNo() + ":" + result.fetch().urlPosition() + ":"
                    + result.fetch().target() + ":" + result.fetch().variant();
        }
    }
}
