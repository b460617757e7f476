package dev.prewarm.domain.job;

import dev.prewarm.domain.account.AccountId;
import dev.prewarm.domain.error.InvalidParameterException;
import dev.prewarm.domain.error.NoValidUrlException;
import dev.prewarm.domain.error.PermissionDeniedException;
import dev.prewarm.domain.site.SiteId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A scheduled preload job (API.md §3): the counters of its intake and the one cursor
 * ({@code TaskSubmitted}) that all of its plans advance. The accepted URLs themselves are stored
 * outside the aggregate, addressed by 0-based position.
 */
public class PreloadJob {
    public static final String TASK_TYPE = "preload";

    private JobId id;
    private AccountId owner;
    private SiteId siteId;
    private JobName name;
    private InsertWay insertWay;
    private Instant createdAt;
    private long urlCount;
    private long urlSubmitted;
    private long taskSubmitted;
    private String domains;
    private String errorInfo;
    private String fileId;
    private String failedFileId;
    // Optimistic locking, owned by persistence; no domain logic reads or writes it.
    private long version;

    /** For JPA. */
    protected PreloadJob() {}

    private PreloadJob(
            JobId id,
            AccountId owner,
            SiteId siteId,
            JobName name,
            InsertWay insertWay,
            IntakeCounts counts,
            Instant createdAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.owner = Objects.requireNonNull(owner, "owner");
        this.siteId = Objects.requireNonNull(siteId, "siteId");
        this.name = Objects.requireNonNull(name, "name");
        this.insertWay = Objects.requireNonNull(insertWay, "insertWay");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.urlCount = counts.urlCount();
        this.urlSubmitted = counts.urlSubmitted();
        this.domains = counts.domainsText();
        this.errorInfo = counts.errorInfo();
        // The accepted list is stored under the job's id; storage may rename it through attachFiles.
        this.fileId = id.value();
    }

    /**
     * A job from a finished intake.
     *
     * @throws NoValidUrlException when not one URL was accepted; nothing may be stored then
     */
    public static PreloadJob create(
            JobId id,
            AccountId owner,
            SiteId siteId,
            JobName name,
            InsertWay insertWay,
            IntakeCounts counts,
            Instant createdAt) {
        if (counts.urlSubmitted() == 0) {
            throw new NoValidUrlException(counts.describeRejections());
        }
        return new PreloadJob(id, owner, siteId, name, insertWay, counts, createdAt);
    }

    /** Records where storage put the accepted list and the rejected lines (null when none were rejected). */
    public void attachFiles(String acceptedFileId, String rejectedFileId) {
        if (acceptedFileId == null || acceptedFileId.isBlank()) {
            throw new InvalidParameterException("FileId", "must not be empty, got '" + acceptedFileId + "'");
        }
        this.fileId = acceptedFileId;
        this.failedFileId = rejectedFileId == null || rejectedFileId.isBlank() ? null : rejectedFileId;
    }

    /** Hands the next {@code sliceLen} URLs to a batch and advances the cursor; empty at the end. */
    public UrlRange claimNext(int sliceLen) {
        if (sliceLen < 1) {
            throw new InvalidParameterException("SliceLen", "must be at least 1, got " + sliceLen);
        }
        long from = taskSubmitted;
        long to = Math.min(urlSubmitted, from + sliceLen);
        taskSubmitted = to;
        return new UrlRange(from, to);
    }

    /**
     * Gives back the range the cursor handed out last, which its batch never fetched: the cursor
     * moves back to its start. False, and nothing changes, when URLs after it have been handed out
     * since (to another plan of the job).
     */
    public boolean giveBack(UrlRange range) {
        if (taskSubmitted != range.to()) {
            return false;
        }
        taskSubmitted = range.from();
        return true;
    }

    /** Cursor back to the first URL ({@code ResetScheduledPreloadJob}); the plans' own reset is in {@code plan}. */
    public void rewind() {
        taskSubmitted = 0;
    }

    public boolean isExhausted() {
        return taskSubmitted >= urlSubmitted;
    }

    public long remaining() {
        return urlSubmitted - taskSubmitted;
    }

    public void ensureOwnedBy(AccountId account) {
        if (!owner.equals(account)) {
            throw new PermissionDeniedException(id.value());
        }
    }

    public String taskType() {
        return TASK_TYPE;
    }

    public JobId id() {
        return id;
    }

    public AccountId owner() {
        return owner;
    }

    public SiteId siteId() {
        return siteId;
    }

    public JobName name() {
        return name;
    }

    public InsertWay insertWay() {
        return insertWay;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long urlCount() {
        return urlCount;
    }

    public long urlSubmitted() {
        return urlSubmitted;
    }

    public long taskSubmitted() {
        return taskSubmitted;
    }

    public String domains() {
        return domains;
    }

    public String errorInfo() {
        return errorInfo;
    }

    public String fileId() {
        return fileId;
    }

    /** Empty when no line was rejected. */
    public Optional<String> failedFileId() {
        return Optional.ofNullable(failedFileId);
    }

    public long version() {
        return version;
    }
}
