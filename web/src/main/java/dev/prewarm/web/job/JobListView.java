package dev.prewarm.web.job;

import dev.prewarm.application.job.JobBrowsing;
import dev.prewarm.application.site.Sites;
import dev.prewarm.domain.account.AccountId;
import dev.prewarm.domain.job.JobSearch.JobFilter;
import dev.prewarm.domain.job.PreloadJob;
import dev.prewarm.domain.job.PreloadJobRepository.JobWindow;
import dev.prewarm.domain.site.Site;
import dev.prewarm.domain.site.SiteId;
import dev.prewarm.web.viewer.ViewerTime;
import dev.prewarm.web.viewer.Workspace;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** admin/jobs/list.xhtml: the account's jobs, filtered by site, name and day, paged in the database. */
@Named
@ViewScoped
public class JobListView implements Serializable {
    @Inject
    JobBrowsing browsing;

    @Inject
    Sites sites;

    @Inject
    Workspace workspace;

    @Inject
    ViewerTime when;

    private Long siteId;
    private String name;
    private LocalDate from;
    private LocalDate to;
    private List<Site> siteChoices = List.of();
    private final JobsModel jobs = new JobsModel();

    public void load() {
        siteChoices = workspace.account().map(sites::list).orElse(List.of());
    }

    /** Days are the viewer's: "to" includes the whole day. */
    JobFilter filter() {
        Instant start = from == null ? null : from.atStartOfDay(when.zone()).toInstant();
        Instant end = to == null
                ? null
                : to.plusDays(1).atStartOfDay(when.zone()).toInstant().minusNanos(1);
        return new JobFilter(Optional.ofNullable(siteId).map(SiteId::of), name, new JobWindow(start, end));
    }

    public LazyDataModel<PreloadJob> getJobs() {
        return jobs;
    }

    public List<Site> getSiteChoices() {
        return siteChoices;
    }

    public String siteName(SiteId id) {
        return siteChoices.stream()
                .filter(s -> s.id().equals(id))
                .map(s -> s.name().value())
                .findFirst()
                .orElse(id.toString());
    }

    public Long getSiteId() {
        return siteId;
    }

    public void setSiteId(Long siteId) {
        this.siteId = siteId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    /** Asks the database for one page at a time: a million jobs cost one page of rows. */
    private class JobsModel extends LazyDataModel<PreloadJob> {
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return account()
                    .map(a -> (int) Math.min(Integer.MAX_VALUE, browsing.count(a, filter())))
                    .orElse(0);
        }

        @Override
        public List<PreloadJob> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return account()
                    .map(a -> browsing.page(a, filter(), first, pageSize))
                    .orElse(List.of());
        }

        @Override
        public String getRowKey(PreloadJob job) {
            return job.id().value();
        }

        private Optional<AccountId> account() {
            return workspace.account();
        }
    }
}
