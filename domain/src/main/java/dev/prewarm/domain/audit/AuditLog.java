package dev.prewarm.domain.audit;

import java.util.List;

/** Storage port of the audit log. Writes join the caller's transaction: no change, no event. */
public interface AuditLog {
    void record(AuditEvent event);

    long count(AuditQuery query);

    /** Newest first; {@code offset} and {@code limit} page in the database. */
    List<AuditEvent> page(AuditQuery query, long offset, int limit);
}
