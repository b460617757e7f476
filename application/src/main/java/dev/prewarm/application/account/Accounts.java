package dev.prewarm.application.account;

import dev.prewarm.application.audit.Audited;
import dev.prewarm.domain.account.Account;
import dev.prewarm.domain.account.AccountId;
import dev.prewarm.domain.account.AccountRepository;
import dev.prewarm.domain.error.InvalidParameterException;
import dev.prewarm.domain.quota.QuotaOverrides;
import dev.prewarm.domain.quota.QuotaPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;

/** Operator use cases on accounts (tenants) and their quotas. */
@ApplicationScoped
@Transactional
public class Accounts {
    private static final int GENERATED_ID_DIGITS = 16;
    private final SecureRandom random = new SecureRandom();

    @Inject
    AccountRepository accounts;

    @Inject
    Clock clock;

    /** Opens an account; with no id given, a random 16-digit AliUid is chosen. */
    @Audited("account.open")
    public Account open(String idOrNull, String name) {
        AccountId id = idOrNull == null ? randomId() : AccountId.of(idOrNull);
        if (accounts.find(id).isPresent()) {
            throw new InvalidParameterException("AliUid", "the account " + id + " already exists");
        }
        Account account = Account.open(id, name, clock.instant());
        accounts.add(account);
        return account;
    }

    public List<Account> list() {
        return accounts.list();
    }

    /** Replaces the account's overrides and returns the limits now in force. */
    @Audited("account.setQuota")
    public QuotaPolicy setQuota(AccountId id, QuotaOverrides overrides) {
        requireExisting(id);
        QuotaPolicy merged;
        try {
            merged = QuotaPolicy.defaults().with(overrides); // validates the merged limits before storing
        } catch (IllegalArgumentException e) {
            // QuotaPolicy guards its invariants with IllegalArgumentException; to a caller it is bad input.
            throw new InvalidParameterException("Quota", e.getMessage());
        }
        accounts.saveQuotaOverrides(id, overrides);
        return merged;
    }

    /** The limits in force for the account: defaults merged with its overrides. */
    public QuotaPolicy policyFor(AccountId id) {
        return QuotaPolicy.defaults().with(accounts.quotaOverrides(id));
    }

    /** The account's own departures from the defaults, to edit them without losing the others. */
    public QuotaOverrides overridesOf(AccountId id) {
        requireExisting(id);
        return accounts.quotaOverrides(id);
    }

    /** {@link #policyFor}, for operators naming an account that may not exist. */
    public QuotaPolicy policyOfExisting(AccountId id) {
        requireExisting(id);
        return policyFor(id);
    }

    private void requireExisting(AccountId id) {
        if (accounts.find(id).isEmpty()) {
            throw noAccount(id);
        }
    }

    private static InvalidParameterException noAccount(AccountId id) {
        return new InvalidParameterException("AliUid", "no account " + id);
    }

    private AccountId randomId() {
        StringBuilder digits = new StringBuilder().append(1 + random.nextInt(9));
        while (digits.length() < GENERATED_ID_DIGITS) {
            digits.append(random.nextInt(10));
        }
        return AccountId.of(digits.toString());
    }
}
