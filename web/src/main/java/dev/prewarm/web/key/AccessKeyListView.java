package dev.prewarm.web.key;

import dev.prewarm.application.account.AccessKeys;
import dev.prewarm.application.account.AccessKeys.IssuedAccessKey;
import dev.prewarm.domain.account.AccessKey;
import dev.prewarm.domain.account.AccessKeyId;
import dev.prewarm.domain.account.AccountId;
import dev.prewarm.domain.error.PrewarmException;
import dev.prewarm.web.viewer.UiMessages;
import dev.prewarm.web.viewer.Workspace;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * admin/keys/list.xhtml: the account's AccessKey pairs. A new secret lives only in this view and
 * is dropped by the next action, so it is shown exactly once, right after creation.
 */
@Named
@ViewScoped
public class AccessKeyListView implements Serializable {
    /** Where an error of an action on the keys is shown (with its reason, unlike the page header). */
    static final String KEY = "keys";

    @Inject
    AccessKeys accessKeys;

    @Inject
    Workspace workspace;

    @Inject
    UiMessages messages;

    private List<KeyRow> keys = List.of();
    private Issued issued;

    public void load() {
        keys = workspace.account().map(this::rows).orElse(List.of());
    }

    public void create() {
        issued = null;
        try {
            IssuedAccessKey key = accessKeys.issue(account());
            issued = new Issued(key.key().id().value(), key.secret().value());
            messages.note("key.created", issued.id());
        } catch (PrewarmException e) {
            messages.error(KEY, e);
        }
        load();
    }

    public void disable(String id) {
        change(id, () -> accessKeys.disable(account(), AccessKeyId.of(id)), "key.disabled");
    }

    public void enable(String id) {
        change(id, () -> accessKeys.enable(account(), AccessKeyId.of(id)), "key.enabled");
    }

    public void delete(String id) {
        change(id, () -> accessKeys.delete(account(), AccessKeyId.of(id)), "key.deleted");
    }

    private void change(String id, Runnable action, String doneKey) {
        issued = null;
        try {
            action.run();
            messages.note(doneKey, id);
        } catch (PrewarmException e) {
            messages.error(KEY, e);
        }
        load();
    }

    private AccountId account() {
        return workspace.account().orElseThrow();
    }

    private List<KeyRow> rows(AccountId account) {
        return accessKeys.list(account).stream().map(KeyRow::of).toList();
    }

    public List<KeyRow> getKeys() {
        return keys;
    }

    public Issued getIssued() {
        return issued;
    }

    /** One key as the table shows it. */
    public record KeyRow(String id, String status, boolean enabled, Instant createdAt, Instant lastUsedAt)
            implements Serializable {
        static KeyRow of(AccessKey key) {
            return new KeyRow(
                    key.id().value(),
                    key.status().wireName(),
                    key.isEnabled(),
                    key.createdAt(),
                    key.lastUsedAt().orElse(null));
        }
    }

    /** A key just created, with the secret that will not be shown again. */
    public record Issued(String id, String secret) implements Serializable {}
}
