package dev.prewarm.persistence.account;

import dev.prewarm.domain.account.AccessKey;
import dev.prewarm.domain.account.AccessKeyId;
import dev.prewarm.domain.account.AccessKeyRepository;
import dev.prewarm.domain.account.AccountId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaAccessKeyRepository implements AccessKeyRepository {
    @PersistenceContext(unitName = "prewarm")
    private EntityManager em;

    protected JpaAccessKeyRepository() {
        // for CDI
    }

    public JpaAccessKeyRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<AccessKey> findForSignature(AccessKeyId id) {
        return Optional.ofNullable(em.find(AccessKey.class, id));
    }

    @Override
    public List<AccessKey> list(AccountId owner) {
        return em.createQuery(
                        "select k from AccessKey k where k.owner = :owner order by k.createdAt, k.id", AccessKey.class)
                .setParameter("owner", owner)
                .getResultList();
    }

    @Override
    public void add(AccessKey key) {
        em.persist(key);
    }

    @Override
    public void remove(AccessKey key) {
        em.remove(em.contains(key) ? key : em.merge(key));
    }
}
