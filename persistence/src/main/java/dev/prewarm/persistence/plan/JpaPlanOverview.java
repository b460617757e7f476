package dev.prewarm.persistence.plan;

import dev.prewarm.domain.account.AccountId;
import dev.prewarm.domain.plan.Batch;
import dev.prewarm.domain.plan.Plan;
import dev.prewarm.domain.plan.PlanOverview;
import dev.prewarm.domain.plan.PlanStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

@ApplicationScoped
public class JpaPlanOverview implements PlanOverview {
    @PersistenceContext(unitName = "prewarm")
    EntityManager em;

    protected JpaPlanOverview() {
        // for CDI
    }

    public JpaPlanOverview(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<Plan> plansIn(AccountId account, Set<PlanStatus> statuses, int limit) {
        if (statuses.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select p from Plan p where p.accountId = :account and p.status in :statuses"
                                + " order by p.statusChangedAt desc, p.id",
                        Plan.class)
                .setParameter("account", account)
                .setParameter("statuses", statuses)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public Map<PlanStatus, Long> countByStatus(AccountId account) {
        List<Object[]> rows = em.createQuery(
                        "select p.status, count(p) from Plan p where p.accountId = :account group by p.status",
                        Object[].class)
                .setParameter("account", account)
                .getResultList();
        Map<PlanStatus, Long> counts = new EnumMap<>(PlanStatus.class);
        for (Object[] row : rows) {
            counts.put((PlanStatus) row[0], (Long) row[1]);
        }
        return counts;
    }

    /** Tenancy through the plan's account: batches carry no account of their own. */
    @Override
    public List<Batch> batchesFinishedSince(AccountId account, Instant since) {
        return em.createQuery(
                        "select b from Batch b, Plan p where p.id = b.planId and p.accountId = :account"
                                + " and b.finishedAt >= :since order by b.finishedAt",
                        Batch.class)
                .setParameter("account", account)
                .setParameter("since", since)
                .getResultList();
    }
}
