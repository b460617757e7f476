package dev.prewarm.persistence.job;

import dev.prewarm.domain.account.AccountId;
import dev.prewarm.domain.error.PermissionDeniedException;
import dev.prewarm.domain.job.JobId;
import dev.prewarm.domain.job.PreloadJob;
import dev.prewarm.domain.job.PreloadJobRepository;
import dev.prewarm.domain.site.SiteId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaPreloadJobRepository implements PreloadJobRepository {
    @PersistenceContext(unitName = "prewarm")
    private EntityManager em;

    protected JpaPreloadJobRepository() {
        // for CDI
    }

    public JpaPreloadJobRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<PreloadJob> find(AccountId account, JobId id) {
        return owned(account, id, em.find(PreloadJob.class, id));
    }

    @Override
    public void load(List<JobId> ids) {
        if (!ids.isEmpty()) {
            em.createQuery("select j from PreloadJob j where j.id in :ids", PreloadJob.class)
                    .setParameter("ids", ids)
                    .getResultList();
        }
    }

    /** One {@code select ... for update}: the row is read and locked together. */
    @Override
    public Optional<PreloadJob> findForUpdate(AccountId account, JobId id) {
        return owned(account, id, em.find(PreloadJob.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    private static Optional<PreloadJob> owned(AccountId account, JobId id, PreloadJob job) {
        if (job != null && !job.owner().equals(account)) {
            throw new PermissionDeniedException(id.value());
        }
        return Optional.ofNullable(job);
    }

    @Override
    public void add(PreloadJob job) {
        em.persist(job);
    }

    /**
     * Bulk deletes: the URL tables have no foreign key (they are written before the job row), nor
     * have the plans' batches and results (V11), and a million rows must not be loaded to be
     * removed. Children go first so the remaining foreign key (plan → job) never blocks.
     */
    @Override
    public void remove(PreloadJob job) {
        String id = job.id().value();
        em.createNativeQuery("delete from job_url where job_id = ?1")
                .setParameter(1, id)
                .executeUpdate();
        em.createNativeQuery("delete from job_rejected_line where job_id = ?1")
                .setParameter(1, id)
                .executeUpdate();
        // Every result of the job's plans carries the job's id (fetch_result_job_url's first column).
        em.createNativeQuery("delete from fetch_result where job_id = ?1")
                .setParameter(1, id)
                .executeUpdate();
        em.createNativeQuery("delete from batch where plan_id in (select p.id from plan p where p.job_id = ?1)")
                .setParameter(1, id)
                .executeUpdate();
        em.createNativeQuery("delete from plan where job_id = ?1")
                .setParameter(1, id)
                .executeUpdate();
        em.remove(em.contains(job) ? job : em.merge(job));
    }

    @Override
    public long countBySite(AccountId account, SiteId site) {
        return countBySite(account, site, JobWindow.all());
    }

    /** Newest first; jobs created in the same instant are ordered by id so pages never overlap. */
    @Override
    public List<PreloadJob> pageBySite(AccountId account, SiteId site, JobWindow window, int offset, int limit) {
        return bySite("select j", account, site, window, " order by j.createdAt desc, j.id", PreloadJob.class)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long countBySite(AccountId account, SiteId site, JobWindow window) {
        return bySite("select count(j)", account, site, window, "", Long.class).getSingleResult();
    }

    // Bounds are added only when present: "(:from is null or …)" leaves PostgreSQL unable to type a null.
    private <T> TypedQuery<T> bySite(
            String select, AccountId account, SiteId site, JobWindow window, String orderBy, Class<T> type) {
        StringBuilder jpql =
                new StringBuilder(select).append(" from PreloadJob j where j.owner = :account and j.siteId = :site");
        if (window.from() != null) {
            jpql.append(" and j.createdAt >= :from");
        }
        if (window.to() != null) {
            jpql.append(" and j.createdAt <= :to");
        }
        TypedQuery<T> query = em.createQuery(jpql.append(orderBy).toString(), type)
                .setParameter("account", account)
                .setParameter("site", site);
        if (window.from() != null) {
            query.setParameter("from", window.from());
        }
        if (window.to() != null) {
            query.setParameter("to", window.to());
        }
        return query;
    }
}
