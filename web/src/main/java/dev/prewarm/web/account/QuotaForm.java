package dev.prewarm.web.account;

import dev.prewarm.domain.quota.QuotaOverrides;
import java.io.Serializable;

/**
 * The quota overrides an operator edits on the accounts page: the counts that matter day to day.
 * An empty field means "the default"; the overrides this form does not show (sizes, timeouts,
 * Interval and SliceLen ranges, set through the admin API) are kept as they are.
 */
public class QuotaForm implements Serializable {
    private Integer jobsPerSite;
    private Integer urlsPerJob;
    private Integer plansPerJob;
    private Integer apiCallsPerSecond;
    private Integer apiBurst;

    static QuotaForm of(QuotaOverrides o) {
        QuotaForm form = new QuotaForm();
        form.jobsPerSite = o.jobsPerSiteOrNull();
        form.urlsPerJob = o.urlsPerJobOrNull();
        form.plansPerJob = o.plansPerJobOrNull();
        form.apiCallsPerSecond = o.apiCallsPerSecondOrNull();
        form.apiBurst = o.apiBurstOrNull();
        return form;
    }

    QuotaOverrides applyTo(QuotaOverrides o) {
        return new QuotaOverrides(
                jobsPerSite,
                urlsPerJob,
                o.urlListBytesOrNull(),
                o.remoteFileBytesOrNull(),
                o.remoteDownloadTimeoutOrNull(),
                o.urlBytesOrNull(),
                plansPerJob,
                o.minIntervalOrNull(),
                o.maxIntervalOrNull(),
                o.minSliceLenOrNull(),
                o.maxSliceLenOrNull(),
                apiCallsPerSecond,
                apiBurst);
    }

    /** The form field a quota validation message is about (the domain names the quota). */
    static String fieldOf(String reason) {
        for (String field :
                new String[] {"jobsPerSite", "urlsPerJob", "plansPerJob", "apiCallsPerSecond", "apiBurst"}) {
            if (reason != null && reason.contains(field)) {
                return field;
            }
        }
        return "jobsPerSite";
    }

    public Integer getJobsPerSite() {
        return jobsPerSite;
    }

    public void setJobsPerSite(Integer v) {
        this.jobsPerSite = v;
    }

    public Integer getUrlsPerJob() {
        return urlsPerJob;
    }

    public void setUrlsPerJob(Integer v) {
        this.urlsPerJob = v;
    }

    public Integer getPlansPerJob() {
        return plansPerJob;
    }

    public void setPlansPerJob(Integer v) {
        this.plansPerJob = v;
    }

    public Integer getApiCallsPerSecond() {
        return apiCallsPerSecond;
    }

    public void setApiCallsPerSecond(Integer v) {
        this.apiCallsPerSecond = v;
    }

    public Integer getApiBurst() {
        return apiBurst;
    }

    public void setApiBurst(Integer v) {
        this.apiBurst = v;
    }
}
