package dev.prewarm.domain.task;

import dev.prewarm.domain.account.AccountId;
import dev.prewarm.domain.site.SiteId;
import dev.prewarm.domain.url.PreloadUrl;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One URL of a {@code PreloadCaches} call: warmed as soon as possible in its own lane. The tasks of
 * a call share its {@link TaskId} and are told apart by their position in the call. A task starts
 * {@code Refreshing} at 0% and ends once, {@code Complete} at 100% or {@code Failed} with a reason.
 */
public class PreloadTask {
    public static final int MAX_DESCRIPTION = 1024;

    private TaskId taskId;
    private int position;
    private AccountId owner;
    private SiteId siteId;
    private PreloadUrl content;
    private TaskHeaders headers;
    private TaskStatus status;
    private int process;
    private String description;
    private Instant createdAt;
    private Instant finishedAt;
    // Optimistic locking, owned by persistence; no domain logic reads or writes it.
    private long version;

    /** For JPA. */
    protected PreloadTask() {}

    PreloadTask(
            TaskId taskId,
            int position,
            AccountId owner,
            SiteId siteId,
            PreloadUrl content,
            TaskHeaders headers,
            Instant createdAt) {
        if (position < 0) {
            throw new IllegalArgumentException("position must be at least 0, got " + position);
        }
        this.taskId = Objects.requireNonNull(taskId, "taskId");
        this.position = position;
        this.owner = Objects.requireNonNull(owner, "owner");
        this.siteId = Objects.requireNonNull(siteId, "siteId");
        this.content = Objects.requireNonNull(content, "content");
        this.headers = Objects.requireNonNull(headers, "headers");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.status = TaskStatus.REFRESHING;
        this.process = 0;
        this.description = "";
    }

    /** The URL was warmed (by every target and variant the engine used). */
    public void complete(Instant now, String summary) {
        finish(now, TaskStatus.COMPLETE, summary);
        process = 100;
    }

    /** The URL could not be warmed; the reason is shown as the task's Description. */
    public void fail(Instant now, String reason) {
        finish(now, TaskStatus.FAILED, reason);
    }

    private void finish(Instant now, TaskStatus end, String text) {
        Objects.requireNonNull(now, "now");
        if (isFinished()) {
            throw new IllegalStateException(
                    "task " + taskId + "#" + position + " is already " + status + "; it cannot become " + end);
        }
        status = end;
        finishedAt = now;
        description = clip(text);
    }

    private static String clip(String text) {
        String value = text == null ? "" : text.strip();
        return value.length() <= MAX_DESCRIPTION ? value : value.substring(0, MAX_DESCRIPTION);
    }

    public boolean isFinished() {
        return status != TaskStatus.REFRESHING;
    }

    public TaskId taskId() {
        return taskId;
    }

    /** 0-based place of the URL in its call (after duplicates were dropped). */
    public int position() {
        return position;
    }

    public AccountId owner() {
        return owner;
    }

    public SiteId siteId() {
        return siteId;
    }

    /** The normalized URL, the {@code Content} of the wire. */
    public PreloadUrl content() {
        return content;
    }

    public TaskHeaders headers() {
        return headers;
    }

    public TaskStatus status() {
        return status;
    }

    /** Percent done, 0 to 100. */
    public int process() {
        return process;
    }

    /** Empty while refreshing; the summary or failure reason afterwards. */
    public String description() {
        return description;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> finishedAt() {
        return Optional.ofNullable(finishedAt);
    }

    public long version() {
        return version;
    }
}
