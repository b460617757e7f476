package dev.prewarm.domain.account;

import dev.prewarm.domain.quota.QuotaOverrides;
import java.util.List;
import java.util.Optional;

/** Storage port for accounts and their quota overrides (operator-level: not tenant-scoped). */
public interface AccountRepository {
    Optional<Account> find(AccountId id);

    List<Account> list();

    void add(Account account);

    /** The account's departures from the default limits; {@link QuotaOverrides#none()} if none. */
    QuotaOverrides quotaOverrides(AccountId id);

    void saveQuotaOverrides(AccountId id, QuotaOverrides overrides);
}
