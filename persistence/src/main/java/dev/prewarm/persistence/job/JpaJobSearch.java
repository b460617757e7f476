package dev.prewarm.persistence.job;

import dev.prewarm.domain.account.AccountId;
import dev.prewarm.domain.job.JobSearch;
import dev.prewarm.domain.job.PreloadJob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;

@ApplicationScoped
public class JpaJobSearch implements JobSearch {
    @PersistenceContext(unitName = "prewarm")
    EntityManager em;

    protected JpaJobSearch() {
        // for CDI
    }

    public JpaJobSearch(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<PreloadJob> page(AccountId account, JobFilter filter, int offset, int limit) {
        return query("select j", account, filter, " order by j.createdAt desc, j.id", PreloadJob.class)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long count(AccountId account, JobFilter filter) {
        return query("select count(j)", account, filter, "", Long.class).getSingleResult();
    }

    // Conditions are added only when present: "(:x is null or …)" leaves PostgreSQL unable to type a null.
    // The name is compared through lower(), which also keeps the JobName converter off the pattern.
    private <T> TypedQuery<T> query(String select, AccountId account, JobFilter filter, String orderBy, Class<T> type) {
        StringBuilder jpql = new StringBuilder(select).append(" from PreloadJob j where j.owner = :account");
        boolean byName = filter.nameContains() != null && !filter.nameContains().isBlank();
        filter.site().ifPresent(site -> jpql.append(" and j.siteId = :site"));
        if (byName) {
            jpql.append(" and lower(j.name) like :name escape '\\'");
        }
        if (filter.window().from() != null) {
            jpql.append(" and j.createdAt >= :from");
        }
        if (filter.window().to() != null) {
            jpql.append(" and j.createdAt <= :to");
        }
        TypedQuery<T> query =
                em.createQuery(jpql.append(orderBy).toString(), type).setParameter("account", account);
        filter.site().ifPresent(site -> query.setParameter("site", site));
        if (byName) {
            query.setParameter(
                    "name", "%" + escapeLike(filter.nameContains().strip().toLowerCase(Locale.ROOT)) + "%");
        }
        if (filter.window().from() != null) {
            query.setParameter("from", filter.window().from());
        }
        if (filter.window().to() != null) {
            query.setParameter("to", filter.window().to());
        }
        return query;
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
