package dev.prewarm.web.viewer;

import dev.prewarm.application.account.Accounts;
import dev.prewarm.application.user.Users;
import dev.prewarm.domain.account.Account;
import dev.prewarm.domain.account.AccountId;
import dev.prewarm.domain.user.Role;
import dev.prewarm.domain.user.User;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * The signed-in user and the account every page works in. A member always works in their own
 * account; an admin picks one in the top bar (the first account until they do). Pages take the
 * account from here and pass it to every use case, which is what keeps accounts apart.
 */
@Named
@SessionScoped
public class Workspace implements Serializable {
    @Inject
    SecurityContext security;

    @Inject
    Users users;

    @Inject
    Accounts accounts;

    private String username;
    private Role role;
    private String accountId;

    public String getUsername() {
        load();
        return username;
    }

    public boolean isAdmin() {
        load();
        return role == Role.ADMIN;
    }

    /** The account the pages show; empty only for an admin before any account exists. */
    public Optional<AccountId> account() {
        load();
        if (accountId == null && isAdmin()) {
            accountId = accounts.list().stream()
                    .findFirst()
                    .map(a -> a.id().value())
                    .orElse(null);
        }
        return Optional.ofNullable(accountId).map(AccountId::of);
    }

    public String getAccountId() {
        return account().map(AccountId::value).orElse(null);
    }

    /** Only an admin may switch; a member's account is fixed. */
    public void setAccountId(String id) {
        if (isAdmin()
                && id != null
                && accounts.list().stream().anyMatch(a -> a.id().value().equals(id))) {
            accountId = id;
        }
    }

    public List<Account> getAccounts() {
        return isAdmin() ? accounts.list() : List.of();
    }

    private void load() {
        if (username != null) {
            return;
        }
        String caller = security.getCallerPrincipal() == null
                ? null
                : security.getCallerPrincipal().getName();
        User user = caller == null ? null : users.find(caller).orElse(null);
        if (user == null) {
            throw new IllegalStateException("No signed-in user behind an admin page");
        }
        username = user.username().value();
        role = user.role();
        accountId = user.accountId().map(AccountId::value).orElse(null);
    }
}
