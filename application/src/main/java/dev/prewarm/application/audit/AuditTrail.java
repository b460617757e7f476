package dev.prewarm.application.audit;

import dev.prewarm.domain.audit.AuditEvent;
import dev.prewarm.domain.audit.AuditLog;
import dev.prewarm.domain.audit.AuditQuery;
import dev.prewarm.domain.error.InvalidParameterException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** Reading the audit log: a page of the events a viewer may see, newest first, with the total. */
@ApplicationScoped
@Transactional
public class AuditTrail {
    public static final int MAX_PAGE_SIZE = 100;

    @Inject
    AuditLog log;

    public AuditPage page(AuditQuery query, int pageNumber, int pageSize) {
        if (pageNumber < 1 || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new InvalidParameterException(
                    "PageSize", "pages are numbered from 1 and hold 1 to " + MAX_PAGE_SIZE + " events");
        }
        long offset = (long) (pageNumber - 1) * pageSize;
        return new AuditPage(log.count(query), log.page(query, offset, pageSize));
    }

    public record AuditPage(long total, List<AuditEvent> events) {}
}
