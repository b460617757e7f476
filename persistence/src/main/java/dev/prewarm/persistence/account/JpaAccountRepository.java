package dev.prewarm.persistence.account;

import dev.prewarm.domain.account.Account;
import dev.prewarm.domain.account.AccountId;
import dev.prewarm.domain.account.AccountRepository;
import dev.prewarm.domain.quota.QuotaOverrides;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaAccountRepository implements AccountRepository {
    @PersistenceContext(unitName = "prewarm")
    private EntityManager em;

    protected JpaAccountRepository() {
        // for CDI
    }

    public JpaAccountRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Account> find(AccountId id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    @Override
    public List<Account> list() {
        return em.createQuery("select a from Account a order by a.id", Account.class)
                .getResultList();
    }

    @Override
    public void add(Account account) {
        em.persist(account);
    }

    @Override
    public QuotaOverrides quotaOverrides(AccountId id) {
        return QuotaColumns.read(em, id);
    }

    /** @throws IllegalArgumentException when the account does not exist */
    @Override
    public void saveQuotaOverrides(AccountId id, QuotaOverrides overrides) {
        QuotaColumns.write(em, id, overrides);
    }
}
