package dev.prewarm.web.job;

import dev.prewarm.application.job.Jobs;
import dev.prewarm.application.plan.PlanPreviews;
import dev.prewarm.application.plan.PlanScheduling;
import dev.prewarm.application.result.FetchResults;
import dev.prewarm.application.site.Sites;
import dev.prewarm.domain.account.AccountId;
import dev.prewarm.domain.error.PrewarmException;
import dev.prewarm.domain.job.JobId;
import dev.prewarm.domain.job.JobUrlStore.RejectedLine;
import dev.prewarm.domain.job.PreloadJob;
import dev.prewarm.domain.plan.Plan;
import dev.prewarm.domain.plan.PlanCreation;
import dev.prewarm.domain.plan.RejectedPlan;
import dev.prewarm.domain.result.UrlStatus;
import dev.prewarm.web.plan.PlanDraft;
import dev.prewarm.web.viewer.UiMessages;
import dev.prewarm.web.viewer.ViewerTime;
import dev.prewarm.web.viewer.Workspace;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * admin/jobs/detail.xhtml: the job's counts and rejected lines, its URL list with each URL's last
 * outcome, its plans (start, stop, delete inline) and the form that creates several plans at once
 * with a live preview.
 */
@Named
@ViewScoped
public class JobDetailView implements Serializable {
    static final int REJECTED_SHOWN = 100;

    @Inject
    Jobs jobs;

    @Inject
    Sites sites;

    @Inject
    PlanScheduling scheduling;

    @Inject
    PlanPreviews previews;

    @Inject
    FetchResults results;

    @Inject
    Workspace workspace;

    @Inject
    ViewerTime when;

    @Inject
    UiMessages messages;

    private String id;
    private boolean created;
    private PreloadJob job;
    private String siteName;
    private List<Plan> plans = List.of();
    private List<RejectedLine> rejected = List.of();
    private final List<PlanDraft> drafts = new ArrayList<>(List.of(new PlanDraft()));
    private final UrlsModel urls = new UrlsModel();

    public String load() {
        try {
            job = jobs.get(account(), JobId.of(id));
            siteName = sites.get(account(), job.siteId()).name().value();
            rejected = jobs.rejectedLines(account(), job.id(), 0, REJECTED_SHOWN);
            reloadPlans();
            refreshPreview();
            return null;
        } catch (PrewarmException | IllegalArgumentException notHers) {
            messages.info("job.notFound");
            return "/admin/jobs/list?faces-redirect=true";
        }
    }

    private void reloadPlans() {
        plans = scheduling.list(account(), job.id());
        job = jobs.get(account(), job.id());
    }

    public void addDraft() {
        drafts.add(new PlanDraft());
        refreshPreview();
    }

    public void removeDraft(PlanDraft draft) {
        drafts.remove(draft);
        refreshPreview();
    }

    public void refreshPreview() {
        List<PlanPreviews.DraftPreview> forecast = previews.preview(
                account(),
                job.id(),
                drafts.stream().map(d -> d.requested(when.zone())).toList());
        for (int i = 0; i < drafts.size(); i++) {
            drafts.get(i).setPreview(forecast.get(i));
        }
    }

    /** Creates every valid draft; a refused one stays in the form with its reason beside it. */
    public void createPlans() {
        PlanCreation creation = scheduling.createAll(
                account(),
                job.id(),
                drafts.stream().map(d -> d.requested(when.zone())).toList());
        List<PlanDraft> refused = new ArrayList<>();
        for (RejectedPlan rejectedPlan : creation.rejected()) {
            refused.add(drafts.get(rejectedPlan.index()));
        }
        drafts.clear();
        drafts.addAll(refused.isEmpty() ? List.of(new PlanDraft()) : refused);
        if (!creation.created().isEmpty()) {
            messages.info("plan.created", creation.created().size());
        }
        reloadPlans();
        refreshPreview();
    }

    public void start(Plan plan) {
        act(() -> scheduling.start(account(), plan.id()));
    }

    public void stop(Plan plan) {
        act(() -> scheduling.stop(account(), plan.id()));
    }

    public void delete(Plan plan) {
        act(() -> scheduling.delete(account(), plan.id()));
    }

    public void reset() {
        act(() -> jobs.reset(account(), job.id()));
        messages.info("job.resetDone");
    }

    public String deleteJob() {
        try {
            jobs.delete(account(), job.id());
            messages.info("job.deleted", job.name().value());
            return "/admin/jobs/list?faces-redirect=true";
        } catch (PrewarmException e) {
            messages.error(null, e);
            return null;
        }
    }

    private void act(Runnable change) {
        try {
            change.run();
        } catch (PrewarmException e) {
            messages.error(null, e);
        }
        reloadPlans();
        refreshPreview();
    }

    /** The bundle key of the URL's last outcome. */
    public String outcomeKey(UrlStatus url) {
        return url.lastOutcome().map(o -> "outcome." + o.wireName()).orElse("job.notFetched");
    }

    public int percent(Plan plan) {
        return plan.progress().percentOf(job.urlSubmitted());
    }

    private AccountId account() {
        return workspace.account().orElseThrow();
    }

    public PreloadJob getJob() {
        return job;
    }

    public String getSiteName() {
        return siteName;
    }

    public List<Plan> getPlans() {
        return plans;
    }

    public List<RejectedLine> getRejected() {
        return rejected;
    }

    public long getRejectedCount() {
        return job.urlCount() - job.urlSubmitted();
    }

    public List<PlanDraft> getDrafts() {
        return drafts;
    }

    public LazyDataModel<UrlStatus> getUrls() {
        return urls;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public boolean isCreated() {
        return created;
    }

    public void setCreated(boolean created) {
        this.created = created;
    }

    /** The URL list with last outcomes, one database page at a time. */
    private class UrlsModel extends LazyDataModel<UrlStatus> {
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, job.urlSubmitted());
        }

        @Override
        public List<UrlStatus> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return results.urlsOf(account(), job.id(), first / pageSize + 1, pageSize);
        }

        @Override
        public String getRowKey(UrlStatus url) {
            return Long.toString(url.position());
        }
    }
}
