package dev.prewarm.persistence.site;

import dev.prewarm.domain.account.AccountId;
import dev.prewarm.domain.error.PermissionDeniedException;
import dev.prewarm.domain.site.Site;
import dev.prewarm.domain.site.SiteId;
import dev.prewarm.domain.site.SiteRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaSiteRepository implements SiteRepository {
    @PersistenceContext(unitName = "prewarm")
    private EntityManager em;

    protected JpaSiteRepository() {
        // for CDI
    }

    public JpaSiteRepository(EntityManager em) {
        this.em = em;
    }

    /** {@code nextval('…')} is PostgreSQL's syntax and H2 2.2 accepts it too (verified by the tests). */
    @Override
    public SiteId nextId() {
        Number next =
                (Number) em.createNativeQuery("select nextval('site_id_seq')").getSingleResult();
        return SiteId.of(next.longValue());
    }

    @Override
    public Optional<Site> find(AccountId account, SiteId id) {
        Site site = em.find(Site.class, id);
        if (site != null && !site.owner().equals(account)) {
            throw new PermissionDeniedException(id.toString());
        }
        return Optional.ofNullable(site);
    }

    @Override
    public Optional<Site> findForOperator(SiteId id) {
        return Optional.ofNullable(em.find(Site.class, id));
    }

    @Override
    public List<Site> list(AccountId account) {
        return em.createQuery("select s from Site s where s.owner = :account order by s.id", Site.class)
                .setParameter("account", account)
                .getResultList();
    }

    @Override
    public void add(Site site) {
        em.persist(site);
    }
}
