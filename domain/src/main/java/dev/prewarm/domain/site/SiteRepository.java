package dev.prewarm.domain.site;

import dev.prewarm.domain.account.AccountId;
import dev.prewarm.domain.error.PermissionDeniedException;
import java.util.List;
import java.util.Optional;

/**
 * Storage port for sites. Lookups take the account: a site of another account is never returned;
 * it raises {@link PermissionDeniedException} so the caller can answer 403 rather than 404.
 */
public interface SiteRepository {
    SiteId nextId();

    Optional<Site> find(AccountId account, SiteId id);

    /** For installation operators only (admin API and UI): any account's site. */
    Optional<Site> findForOperator(SiteId id);

    List<Site> list(AccountId account);

    void add(Site site);
}
