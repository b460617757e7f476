package dev.prewarm.persistence.plan;

import dev.prewarm.domain.account.AccountId;
import dev.prewarm.domain.error.PermissionDeniedException;
import dev.prewarm.domain.job.JobId;
import dev.prewarm.domain.plan.Batch;
import dev.prewarm.domain.plan.Plan;
import dev.prewarm.domain.plan.PlanId;
import dev.prewarm.domain.plan.PlanRepository;
import dev.prewarm.domain.plan.PlanStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaPlanRepository implements PlanRepository {
    @PersistenceContext(unitName = "prewarm")
    private EntityManager em;

    protected JpaPlanRepository() {
        // for CDI
    }

    public JpaPlanRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Plan> find(AccountId account, PlanId id) {
        Plan plan = em.find(Plan.class, id);
        if (plan != null && !plan.accountId().equals(account)) {
            throw new PermissionDeniedException(id.value());
        }
        return Optional.ofNullable(plan);
    }

    @Override
    public void load(List<PlanId> ids) {
        if (!ids.isEmpty()) {
            em.createQuery("select p from Plan p where p.id in :ids", Plan.class)
                    .setParameter("ids", ids)
                    .getResultList();
        }
    }

    @Override
    public List<Plan> listByJob(AccountId account, JobId job) {
        return em.createQuery(
                        "select p from Plan p where p.accountId = :account and p.jobId = :job"
                                + " order by p.createdAt, p.id",
                        Plan.class)
                .setParameter("account", account)
                .setParameter("job", job)
                .getResultList();
    }

    @Override
    public long countByJob(JobId job) {
        return em.createQuery("select count(p) from Plan p where p.jobId = :job", Long.class)
                .setParameter("job", job)
                .getSingleResult();
    }

    @Override
    public Map<PlanStatus, Long> countByStatus() {
        Map<PlanStatus, Long> counts = new EnumMap<>(PlanStatus.class);
        em.createQuery("select p.status, count(p) from Plan p group by p.status", Object[].class)
                .getResultList()
                .forEach(row -> counts.put((PlanStatus) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    @Override
    public void add(Plan plan) {
        em.persist(plan);
    }

    /** Its results and batches first: they have no foreign key to the plan (V11). */
    @Override
    public void remove(Plan plan) {
        em.createNativeQuery("delete from fetch_result where plan_id = ?1")
                .setParameter(1, plan.id().value())
                .executeUpdate();
        em.createQuery("delete from Batch b where b.planId = :plan")
                .setParameter("plan", plan.id())
                .executeUpdate();
        em.remove(em.contains(plan) ? plan : em.merge(plan));
    }

    @Override
    public void addBatch(Batch batch) {
        em.persist(batch);
    }

    @Override
    public Optional<Batch> findBatch(AccountId account, PlanId plan, long batchNo) {
        find(account, plan);
        return Optional.ofNullable(em.find(Batch.class, new BatchKey(plan, batchNo)));
    }

    /** Tenancy through the plan's account: batches carry no account of their own. */
    @Override
    public List<Batch> batches(AccountId account, JobId job, PlanId planOrNull, int offset, int limit) {
        String jpql = "select b from Batch b, Plan p where p.id = b.planId and p.accountId = :account"
                + " and b.jobId = :job"
                + (planOrNull == null
                        ? " order by b.startedAt, b.batchNo, b.planId"
                        : " and b.planId = :plan order by b.batchNo");
        TypedQuery<Batch> query = em.createQuery(jpql, Batch.class)
                .setParameter("account", account)
                .setParameter("job", job);
        if (planOrNull != null) {
            query.setParameter("plan", planOrNull);
        }
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long countBatches(AccountId account, JobId job, PlanId planOrNull) {
        String jpql = "select count(b) from Batch b, Plan p where p.id = b.planId and p.accountId = :account"
                + " and b.jobId = :job" + (planOrNull == null ? "" : " and b.planId = :plan");
        TypedQuery<Long> query = em.createQuery(jpql, Long.class)
                .setParameter("account", account)
                .setParameter("job", job);
        if (planOrNull != null) {
            query.setParameter("plan", planOrNull);
        }
        return query.getSingleResult();
    }
}
