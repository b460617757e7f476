package dev.prewarm.application.site;

import dev.prewarm.application.audit.Audited;
import dev.prewarm.domain.account.AccountId;
import dev.prewarm.domain.account.AccountRepository;
import dev.prewarm.domain.error.InvalidParameterException;
import dev.prewarm.domain.error.NotFoundException;
import dev.prewarm.domain.site.RequestProfile;
import dev.prewarm.domain.site.Site;
import dev.prewarm.domain.site.SiteDomains;
import dev.prewarm.domain.site.SiteId;
import dev.prewarm.domain.site.SiteName;
import dev.prewarm.domain.site.SiteRepository;
import dev.prewarm.domain.site.SiteStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.function.Function;

/** Sites of an account: register, change domains, status and request profile, read. */
@ApplicationScoped
@Transactional
public class Sites {
    @Inject
    SiteRepository sites;

    @Inject
    AccountRepository accounts;

    @Inject
    Clock clock;

    @Audited("site.register")
    public Site register(
            AccountId owner, SiteName name, SiteDomains domains, RequestProfile profile, SiteStatus status) {
        requireAccount(owner);
        Site site = Site.register(sites.nextId(), owner, name, domains, profile, clock.instant());
        applyStatus(site, status);
        sites.add(site);
        return site;
    }

    public Site get(AccountId owner, SiteId id) {
        return sites.find(owner, id).orElseThrow(() -> NotFoundException.site(id.toString()));
    }

    /** The account's sites; an unknown account is an error rather than an empty list. */
    public List<Site> list(AccountId owner) {
        requireAccount(owner);
        return sites.list(owner);
    }

    @Audited("site.change")
    public Site change(AccountId owner, SiteId id, SiteChanges changes) {
        return change(owner, id, current -> changes);
    }

    /**
     * A change worked out from the site as it is now (e.g. a partial profile merged onto the
     * current one), read and changed in one transaction so that no concurrent change is lost.
     */
    @Audited("site.change")
    public Site change(AccountId owner, SiteId id, Function<Site, SiteChanges> changesOfCurrent) {
        Site site = get(owner, id);
        SiteChanges changes = changesOfCurrent.apply(site);
        changes.name().ifPresent(site::rename);
        changes.domains().ifPresent(site::changeDomains);
        changes.profile().ifPresent(site::changeProfile);
        changes.status().ifPresent(status -> applyStatus(site, status));
        return site;
    }

    private void requireAccount(AccountId owner) {
        if (accounts.find(owner).isEmpty()) {
            throw new InvalidParameterException("AliUid", "no account " + owner);
        }
    }

    private static void applyStatus(Site site, SiteStatus status) {
        switch (status) {
            case ACTIVE -> site.activate();
            case OFFLINE -> site.takeOffline();
            case PENDING -> {
                if (site.status() != SiteStatus.PENDING) {
                    throw new InvalidParameterException("Status", "a site cannot go back to pending");
                }
            }
        }
    }
}
