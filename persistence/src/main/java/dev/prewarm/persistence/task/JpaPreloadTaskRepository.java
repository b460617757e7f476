package dev.prewarm.persistence.task;

import dev.prewarm.domain.account.AccountId;
import dev.prewarm.domain.task.PreloadTask;
import dev.prewarm.domain.task.PreloadTaskRepository;
import dev.prewarm.domain.task.TaskFilter;
import dev.prewarm.domain.task.TaskId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaPreloadTaskRepository implements PreloadTaskRepository {
    @PersistenceContext(unitName = "prewarm")
    private EntityManager em;

    protected JpaPreloadTaskRepository() {
        // for CDI
    }

    public JpaPreloadTaskRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void addAll(List<PreloadTask> tasks) {
        tasks.forEach(em::persist);
    }

    @Override
    public List<PreloadTask> listByTaskId(AccountId account, TaskId id) {
        return em.createQuery(
                        "select t from PreloadTask t where t.owner = :account and t.taskId = :id order by t.position",
                        PreloadTask.class)
                .setParameter("account", account)
                .setParameter("id", id)
                .getResultList();
    }

    @Override
    public Optional<PreloadTask> find(AccountId account, TaskId id, int position) {
        return Optional.ofNullable(em.find(PreloadTask.class, new PreloadTaskKey(id, position)))
                .filter(task -> task.owner().equals(account));
    }

    /** Newest first; within one instant by TaskId then position, so pages never overlap. */
    @Override
    public List<PreloadTask> page(AccountId account, TaskFilter filter, int offset, int limit) {
        return filtered(
                        "select t",
                        account,
                        filter,
                        " order by t.createdAt desc, t.taskId, t.position",
                        PreloadTask.class)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long count(AccountId account, TaskFilter filter) {
        return filtered("select count(t)", account, filter, "", Long.class).getSingleResult();
    }

    // Conditions are added only when present: "(:x is null or …)" leaves PostgreSQL unable to type a null.
    private <T> TypedQuery<T> filtered(
            String select, AccountId account, TaskFilter filter, String orderBy, Class<T> type) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("account", account);
        StringBuilder jpql = new StringBuilder(select).append(" from PreloadTask t where t.owner = :account");
        condition(jpql, parameters, " and t.siteId = :site", "site", filter.site());
        condition(jpql, parameters, " and t.content = :content", "content", filter.content());
        condition(jpql, parameters, " and t.status = :status", "status", filter.status());
        condition(jpql, parameters, " and t.createdAt >= :from", "from", filter.from());
        condition(jpql, parameters, " and t.createdAt <= :to", "to", filter.to());
        TypedQuery<T> query = em.createQuery(jpql.append(orderBy).toString(), type);
        parameters.forEach(query::setParameter);
        return query;
    }

    private static void condition(
            StringBuilder jpql, Map<String, Object> parameters, String clause, String name, Object value) {
        if (value != null) {
            jpql.append(clause);
            parameters.put(name, value);
        }
    }
}
