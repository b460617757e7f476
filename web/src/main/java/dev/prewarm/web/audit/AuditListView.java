package dev.prewarm.web.audit;

import dev.prewarm.application.audit.AuditTrail;
import dev.prewarm.domain.account.AccountId;
import dev.prewarm.domain.audit.AuditEvent;
import dev.prewarm.domain.audit.AuditQuery;
import dev.prewarm.domain.error.InvalidParameterException;
import dev.prewarm.web.viewer.UiMessages;
import dev.prewarm.web.viewer.Workspace;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * admin/audit/list.xhtml: the changes made in the current account, newest first, a page at a time
 * (paged in the database). Operators also see installation-wide changes (users, accounts); a
 * member sees their account's only.
 */
@Named
@ViewScoped
public class AuditListView implements Serializable {
    static final int PAGE_SIZE = 25;

    @Inject
    AuditTrail trail;

    @Inject
    Workspace workspace;

    @Inject
    UiMessages messages;

    private String action;
    private String actor;
    private int page = 1;
    private long total;
    private List<EventRow> events = List.of();

    public void load() {
        workspace.account().ifPresent(this::read);
    }

    public void filter() {
        page = 1;
        load();
    }

    public void newer() {
        page = Math.max(1, page - 1);
        load();
    }

    public void older() {
        if (hasOlder()) {
            page++;
        }
        load();
    }

    private void read(AccountId account) {
        try {
            AuditQuery query = new AuditQuery(account, workspace.isAdmin(), action, actor);
            AuditTrail.AuditPage found = trail.page(query, page, PAGE_SIZE);
            total = found.total();
            events = found.events().stream().map(EventRow::of).toList();
        } catch (InvalidParameterException e) {
            messages.error("filters:" + ("Actor".equals(e.parameter()) ? "actor" : "action"), e);
            total = 0;
            events = List.of();
        }
    }

    public boolean hasOlder() {
        return (long) page * PAGE_SIZE < total;
    }

    public boolean hasNewer() {
        return page > 1;
    }

    public List<EventRow> getEvents() {
        return events;
    }

    public long getTotal() {
        return total;
    }

    public int getPage() {
        return page;
    }

    public long getPages() {
        return Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    /** One event as the table shows it; account is empty for an installation-wide change. */
    public record EventRow(
            Instant at,
            String actorKind,
            String actorName,
            String account,
            String action,
            String objectId,
            String detail)
            implements Serializable {
        static EventRow of(AuditEvent event) {
            return new EventRow(
                    event.at(),
                    event.actor().kind().wireName(),
                    event.actor().name(),
                    event.account().map(AccountId::value).orElse(""),
                    event.action(),
                    event.objectId(),
                    event.detail());
        }
    }
}
