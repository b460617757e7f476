package dev.prewarm.application.task;

import dev.prewarm.domain.fetch.FetchResult;
import dev.prewarm.domain.site.HeaderVariant;
import dev.prewarm.domain.site.RequestProfile;
import dev.prewarm.domain.site.Site;
import dev.prewarm.domain.site.SiteDomains;
import dev.prewarm.domain.site.SiteRepository;
import dev.prewarm.domain.task.PreloadTask;
import dev.prewarm.domain.task.PreloadTaskRepository;
import dev.prewarm.domain.task.TaskClaims;
import dev.prewarm.domain.task.TaskClaims.ClaimedTask;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The transactional steps of running instant tasks: claim, read what to fetch, record the end.
 * The fetching itself happens between them, outside any transaction.
 */
@ApplicationScoped
@Transactional
public class TaskRuns {
    @Inject
    TaskClaims claims;

    @Inject
    PreloadTaskRepository tasks;

    @Inject
    SiteRepository sites;

    @Inject
    Clock clock;

    public List<ClaimedTask> claim(String owner, int max, Duration claimFor) {
        return claims.claimRefreshing(owner, max, claimFor);
    }

    /** The task and the profile to fetch it with; empty when it finished meanwhile. */
    public Optional<TaskFetch> prepare(ClaimedTask claimed) {
        return tasks.find(claimed.account(), claimed.taskId(), claimed.position())
                .filter(task -> !task.isFinished())
                .flatMap(task -> sites.find(claimed.account(), task.siteId())
                        .map(site -> new TaskFetch(task, profile(site, task), site.domains())));
    }

    /** Complete when every fetch succeeded, else failed with the first failure's outcome and error. */
    public void finish(ClaimedTask claimed, List<FetchResult> results) {
        tasks.find(claimed.account(), claimed.taskId(), claimed.position())
                .filter(task -> !task.isFinished())
                .ifPresent(task -> record(task, results));
    }

    private void record(PreloadTask task, List<FetchResult> results) {
        Optional<FetchResult> failure =
                results.stream().filter(r -> !r.outcome().isSuccess()).findFirst();
        String outcomes = results.stream()
                .map(r -> r.target() + " " + r.outcome().wireName() + " " + r.cacheStatus())
                .collect(Collectors.joining("; "));
        if (failure.isEmpty() && !results.isEmpty()) {
            task.complete(clock.instant(), outcomes);
        } else {
            task.fail(
                    clock.instant(),
                    failure.map(f -> f.outcome().wireName() + ": " + f.error()).orElse("nothing fetched"));
        }
    }

    // The call's own headers, when it gave any, replace the site's variants: one fetch per target.
    private static RequestProfile profile(Site site, PreloadTask task) {
        if (task.headers().values().isEmpty()) {
            return site.profile();
        }
        return site.profile()
                .withVariants(List.of(new HeaderVariant("task", task.headers().values())));
    }

    /** @param domains the site's domains, within which redirects may be followed */
    public record TaskFetch(PreloadTask task, RequestProfile profile, SiteDomains domains) {}
}
