package dev.prewarm.web.user;

import dev.prewarm.application.account.Accounts;
import dev.prewarm.application.user.Users;
import dev.prewarm.domain.account.Account;
import dev.prewarm.domain.account.AccountId;
import dev.prewarm.domain.error.InvalidParameterException;
import dev.prewarm.domain.error.PrewarmException;
import dev.prewarm.domain.user.User;
import dev.prewarm.domain.user.Username;
import dev.prewarm.web.viewer.UiMessages;
import dev.prewarm.web.viewer.Workspace;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * admin/users/list.xhtml (operators only; web.xml keeps members out): the people who sign in, a
 * form to add an operator or a member of an account, and enable / disable.
 */
@Named
@ViewScoped
public class UserListView implements Serializable {
    private static final Map<String, String> FIELDS =
            Map.of("Username", "username", "Password", "password", "AliUid", "account");

    @Inject
    Users users;

    @Inject
    Accounts accounts;

    @Inject
    Workspace workspace;

    @Inject
    UiMessages messages;

    private List<UserRow> rows = List.of();
    private List<AccountChoice> accountChoices = List.of();
    private String username = "";
    private String password = "";
    private String role = "user";
    private String accountId;

    public void load() {
        Map<String, String> names =
                accounts.list().stream().collect(Collectors.toMap(a -> a.id().value(), Account::name));
        accountChoices = names.entrySet().stream()
                .map(e -> new AccountChoice(e.getKey(), e.getValue()))
                .sorted((a, b) -> a.name().compareToIgnoreCase(b.name()))
                .toList();
        rows = users.list().stream().map(u -> UserRow.of(u, names::get)).toList();
        if (accountId == null) {
            accountId = workspace.getAccountId();
        }
    }

    public void add() {
        try {
            Optional<AccountId> account = "admin".equals(role)
                    ? Optional.empty()
                    : Optional.ofNullable(blankToNull(accountId)).map(AccountId::of);
            if (!"admin".equals(role) && account.isEmpty()) {
                throw new InvalidParameterException("AliUid", "a member needs an account; open one first");
            }
            User user = users.add(Username.of(username.strip()), password, account);
            messages.note("user.added", user.username().value());
            username = "";
            password = "";
        } catch (InvalidParameterException e) {
            messages.error("add:" + FIELDS.getOrDefault(e.parameter(), "username"), e);
        } catch (PrewarmException e) {
            messages.error("add", e);
        }
        load();
    }

    public void enable(String name) {
        setEnabled(name, true, "user.enabled.done");
    }

    public void disable(String name) {
        setEnabled(name, false, "user.disabled");
    }

    private void setEnabled(String name, boolean enabled, String doneKey) {
        try {
            users.setEnabled(Username.of(workspace.getUsername()), Username.of(name), enabled);
            messages.note(doneKey, name);
        } catch (PrewarmException e) {
            messages.error("users", e);
        }
        load();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public List<UserRow> getUsers() {
        return rows;
    }

    public List<AccountChoice> getAccountChoices() {
        return accountChoices;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username == null ? "" : username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password == null ? "" : password;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = "admin".equals(role) ? "admin" : "user";
    }

    public String getAccountId() {
        return accountId;
    }

    public void setAccountId(String accountId) {
        this.accountId = accountId;
    }

    /** One user as the table shows it; accountName is empty for an operator. */
    public record UserRow(String username, String role, String accountId, String accountName, boolean enabled)
            implements Serializable {
        static UserRow of(User user, Function<String, String> accountNames) {
            String account = user.accountId().map(AccountId::value).orElse("");
            String name = account.isEmpty() ? "" : accountNames.apply(account);
            return new UserRow(
                    user.username().value(),
                    user.role().wireName(),
                    account,
                    name == null ? "" : name,
                    user.isEnabled());
        }
    }

    public record AccountChoice(String id, String name) implements Serializable {}
}
