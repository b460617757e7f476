package dev.prewarm.web.task;

import dev.prewarm.application.site.Sites;
import dev.prewarm.application.task.InstantPreload;
import dev.prewarm.domain.account.AccountId;
import dev.prewarm.domain.error.InvalidParameterException;
import dev.prewarm.domain.error.PrewarmException;
import dev.prewarm.domain.site.SiteId;
import dev.prewarm.domain.task.PreloadSubmission;
import dev.prewarm.domain.task.PreloadTask;
import dev.prewarm.domain.task.TaskFilter;
import dev.prewarm.domain.task.TaskId;
import dev.prewarm.web.viewer.UiMessages;
import dev.prewarm.web.viewer.Workspace;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * admin/tasks/list.xhtml: instant preload. The form is {@code PreloadCaches} (a site, URLs one per
 * line, optional headers); below it the account's newest tasks, refreshed by a poll.
 */
@Named
@ViewScoped
public class TaskListView implements Serializable {
    static final int SHOWN = 50;
    private static final Map<String, String> FIELDS = Map.of("Content", "urls", "Headers", "headers", "SiteId", "site");

    @Inject
    InstantPreload preload;

    @Inject
    Sites sites;

    @Inject
    Workspace workspace;

    @Inject
    UiMessages messages;

    private List<SiteChoice> siteChoices = List.of();
    private List<TaskRow> tasks = List.of();
    private long total;
    private String site;
    private String urls = "";
    private String headers = "";

    public void load() {
        workspace.account().ifPresent(account -> {
            siteChoices = sites.list(account).stream()
                    .map(s -> new SiteChoice(s.id().toString(), s.name().value()))
                    .toList();
            if (site == null && !siteChoices.isEmpty()) {
                site = siteChoices.getFirst().id();
            }
            refresh(account);
        });
    }

    /** The poll: only the task list, the form keeps what the viewer typed. */
    public void refresh() {
        workspace.account().ifPresent(this::refresh);
    }

    public void submit() {
        try {
            if (site == null || site.isBlank()) {
                throw new InvalidParameterException("SiteId", "choose a site; add one on the sites page first");
            }
            TaskId id = preload.submit(account(), SiteId.parse(site), lines(urls), headerMap(headers));
            messages.note("task.submitted", id.value());
            urls = "";
        } catch (InvalidParameterException e) {
            messages.error("preload:" + FIELDS.getOrDefault(e.parameter(), "urls"), e);
        } catch (PrewarmException e) {
            messages.error("preload", e);
        }
        refresh();
    }

    private void refresh(AccountId account) {
        InstantPreload.TaskPage page = preload.describe(account, TaskFilter.all(), 1, SHOWN);
        total = page.total();
        tasks = page.tasks().stream().map(TaskRow::of).toList();
    }

    private AccountId account() {
        return workspace.account().orElseThrow();
    }

    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : (text == null ? "" : text).split("\\R")) {
            if (!line.isBlank()) {
                lines.add(line.strip());
            }
        }
        return lines;
    }

    /** "Name: value" per line, as the API's Headers object. */
    static Map<String, String> headerMap(String text) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String line : lines(text)) {
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new InvalidParameterException(
                        "Headers", "write each header as 'Name: value', got '" + line + "'");
            }
            String name = line.substring(0, colon).strip();
            if (map.put(name, line.substring(colon + 1).strip()) != null) {
                throw new InvalidParameterException("Headers", "the header '" + name + "' is given more than once");
            }
        }
        return map;
    }

    public int getMaxUrls() {
        return PreloadSubmission.MAX_URLS;
    }

    public List<SiteChoice> getSiteChoices() {
        return siteChoices;
    }

    public List<TaskRow> getTasks() {
        return tasks;
    }

    public long getTotal() {
        return total;
    }

    public String getSite() {
        return site;
    }

    public void setSite(String site) {
        this.site = site;
    }

    public String getUrls() {
        return urls;
    }

    public void setUrls(String urls) {
        this.urls = urls;
    }

    public String getHeaders() {
        return headers;
    }

    public void setHeaders(String headers) {
        this.headers = headers;
    }

    public record SiteChoice(String id, String name) implements Serializable {}

    /** One task (one URL of a call) as the table shows it. */
    public record TaskRow(
            String taskId, String url, String site, String status, int progress, Instant createdAt, String description)
            implements Serializable {
        static TaskRow of(PreloadTask task) {
            return new TaskRow(
                    task.taskId().value(),
                    task.content().value(),
                    task.siteId().toString(),
                    task.status().wireName(),
                    task.process(),
                    task.createdAt(),
                    task.description());
        }
    }
}
