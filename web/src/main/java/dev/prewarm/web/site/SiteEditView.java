package dev.prewarm.web.site;

import dev.prewarm.application.site.SiteChanges;
import dev.prewarm.application.site.Sites;
import dev.prewarm.domain.error.InvalidParameterException;
import dev.prewarm.domain.error.PrewarmException;
import dev.prewarm.domain.site.RequestProfile;
import dev.prewarm.domain.site.SiteDomains;
import dev.prewarm.domain.site.SiteId;
import dev.prewarm.domain.site.SiteName;
import dev.prewarm.domain.site.SiteStatus;
import dev.prewarm.web.viewer.UiMessages;
import dev.prewarm.web.viewer.Workspace;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import java.util.Optional;

/** admin/sites/edit.xhtml: registers a site (no id) or changes one. */
@Named
@ViewScoped
public class SiteEditView implements Serializable {
    /** Which form field each domain parameter name belongs to, so its error shows beside it. */
    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("SiteName", "name"),
            Map.entry("Name", "name"),
            Map.entry("Domains", "domains"),
            Map.entry("Status", "status"),
            Map.entry("EdgeTargets", "edgeTargets"),
            Map.entry("Variants", "variants"),
            Map.entry("UserAgent", "userAgent"),
            Map.entry("ConnectTimeout", "connectTimeout"),
            Map.entry("ReadTimeout", "readTimeout"),
            Map.entry("MaxBodyBytes", "maxBody"),
            Map.entry("Concurrency", "concurrency"),
            Map.entry("RequestsPerSecond", "rate"));

    @Inject
    Sites sites;

    @Inject
    Workspace workspace;

    @Inject
    UiMessages messages;

    private String id;
    private SiteForm form = new SiteForm();

    public String load() {
        if (id == null || id.isBlank()) {
            return null;
        }
        try {
            form = SiteForm.of(sites.get(workspace.account().orElseThrow(), SiteId.parse(id)));
            return null;
        } catch (PrewarmException notHers) {
            messages.info("site.notFound");
            return "/admin/sites/list?faces-redirect=true";
        }
    }

    public String save() {
        try {
            SiteName name = SiteName.of(form.getName());
            SiteDomains domains = SiteDomains.parse(form.getDomains());
            SiteStatus status = SiteStatus.parse(form.getStatus());
            RequestProfile profile = form.profile();
            if (isNew()) {
                sites.register(workspace.account().orElseThrow(), name, domains, profile, status);
            } else {
                sites.change(
                        workspace.account().orElseThrow(),
                        SiteId.parse(id),
                        new SiteChanges(
                                Optional.of(name), Optional.of(domains), Optional.of(profile), Optional.of(status)));
            }
            messages.info("site.saved", name.value());
            return "/admin/sites/list?faces-redirect=true";
        } catch (InvalidParameterException e) {
            messages.error("site:" + FIELDS.getOrDefault(e.parameter(), "name"), e);
            return null;
        } catch (PrewarmException e) {
            messages.error(null, e);
            return null;
        }
    }

    public boolean isNew() {
        return id == null || id.isBlank();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public SiteForm getForm() {
        return form;
    }
}
