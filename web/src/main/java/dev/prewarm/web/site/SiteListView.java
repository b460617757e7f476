package dev.prewarm.web.site;

import dev.prewarm.application.site.Sites;
import dev.prewarm.domain.site.Site;
import dev.prewarm.web.viewer.Workspace;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** admin/sites/list.xhtml: the account's sites. */
@Named
@RequestScoped
public class SiteListView {
    @Inject
    Sites sites;

    @Inject
    Workspace workspace;

    private List<Site> list = List.of();

    public void load() {
        list = workspace.account().map(sites::list).orElse(List.of());
    }

    public List<Site> getSites() {
        return list;
    }
}
