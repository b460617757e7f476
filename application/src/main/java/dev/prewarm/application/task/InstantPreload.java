package dev.prewarm.application.task;

import dev.prewarm.application.audit.Audited;
import dev.prewarm.domain.account.AccountId;
import dev.prewarm.domain.error.NotFoundException;
import dev.prewarm.domain.site.Site;
import dev.prewarm.domain.site.SiteId;
import dev.prewarm.domain.site.SiteRepository;
import dev.prewarm.domain.task.PreloadSubmission;
import dev.prewarm.domain.task.PreloadTask;
import dev.prewarm.domain.task.PreloadTaskRepository;
import dev.prewarm.domain.task.TaskFilter;
import dev.prewarm.domain.task.TaskHeaders;
import dev.prewarm.domain.task.TaskId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Instant preload: a call's URLs become tasks (all or none) that wait, {@code Refreshing}, for the
 * instant lane; and the account's tasks are listed with their progress.
 */
@ApplicationScoped
@Transactional
public class InstantPreload {
    private final SecureRandom random = new SecureRandom();

    @Inject
    PreloadTaskRepository tasks;

    @Inject
    SiteRepository sites;

    @Inject
    Clock clock;

    /** {@code PreloadCaches}: one task per distinct URL, all under the returned id. */
    @Audited("task.submit")
    public TaskId submit(AccountId owner, SiteId siteId, List<String> urls, Map<String, String> headers) {
        Site site = ownSite(owner, siteId);
        TaskId id = TaskId.random(random);
        tasks.addAll(PreloadSubmission.accept(id, site, urls, TaskHeaders.of(headers), clock.instant()));
        return id;
    }

    /** {@code DescribePreloadTasks}: a page of the account's tasks, newest first, with the total. */
    public TaskPage describe(AccountId owner, TaskFilter filter, int pageNumber, int pageSize) {
        if (filter.site() != null) {
            ownSite(owner, filter.site());
        }
        int offset = (int) Math.min(Integer.MAX_VALUE, (long) (pageNumber - 1) * pageSize);
        return new TaskPage(tasks.count(owner, filter), tasks.page(owner, filter, offset, pageSize));
    }

    /** Another account's site is denied by the repository; an unknown one is not found. */
    private Site ownSite(AccountId owner, SiteId siteId) {
        return sites.find(owner, siteId).orElseThrow(() -> NotFoundException.site(siteId.toString()));
    }

    public record TaskPage(long total, List<PreloadTask> tasks) {}
}
