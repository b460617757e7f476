package dev.prewarm.web.account;

import dev.prewarm.application.account.Accounts;
import dev.prewarm.domain.account.Account;
import dev.prewarm.domain.account.AccountId;
import dev.prewarm.domain.error.InvalidParameterException;
import dev.prewarm.domain.error.PrewarmException;
import dev.prewarm.domain.quota.QuotaPolicy;
import dev.prewarm.web.viewer.UiMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * admin/accounts/list.xhtml (operators only; web.xml keeps members out): the accounts, a form to
 * open one, and the quota overrides of the account picked in the table.
 */
@Named
@ViewScoped
public class AccountListView implements Serializable {
    @Inject
    Accounts accounts;

    @Inject
    UiMessages messages;

    private List<AccountRow> rows = List.of();
    private String name = "";
    private String id = "";
    private String quotaAccount;
    private QuotaForm quota;

    public void load() {
        rows = accounts.list().stream().map(AccountRow::of).toList();
    }

    public void open() {
        try {
            Account account = accounts.open(id == null || id.isBlank() ? null : id.strip(), name);
            messages.note("account.opened", account.name(), account.id().value());
            name = "";
            id = "";
        } catch (InvalidParameterException e) {
            messages.error("open:" + ("AliUid".equals(e.parameter()) ? "id" : "name"), e);
        } catch (PrewarmException e) {
            messages.error("open", e);
        }
        load();
    }

    public void editQuota(String accountId) {
        try {
            quota = QuotaForm.of(accounts.overridesOf(AccountId.of(accountId)));
            quotaAccount = accountId;
        } catch (PrewarmException e) {
            messages.error("accounts", e);
        }
    }

    public void saveQuota() {
        try {
            AccountId account = AccountId.of(quotaAccount);
            accounts.setQuota(account, quota.applyTo(accounts.overridesOf(account)));
            messages.note("account.quota.saved", quotaAccount);
        } catch (InvalidParameterException e) {
            messages.error("quota:" + QuotaForm.fieldOf(e.reason()), e);
        } catch (PrewarmException e) {
            messages.error("quota", e);
        }
    }

    public void closeQuota() {
        quota = null;
        quotaAccount = null;
    }

    public List<AccountRow> getAccounts() {
        return rows;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getQuotaAccount() {
        return quotaAccount;
    }

    public QuotaForm getQuota() {
        return quota;
    }

    /** Shown beside each empty field: what it means to leave it empty. */
    public QuotaPolicy getDefaults() {
        return QuotaPolicy.defaults();
    }

    /** One account as the table shows it. */
    public record AccountRow(String id, String name, boolean enabled, Instant createdAt) implements Serializable {
        static AccountRow of(Account account) {
            return new AccountRow(account.id().value(), account.name(), account.isEnabled(), account.createdAt());
        }
    }
}
