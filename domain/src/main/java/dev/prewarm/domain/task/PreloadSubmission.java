package dev.prewarm.domain.task;

import dev.prewarm.domain.error.InvalidParameterException;
import dev.prewarm.domain.site.Site;
import dev.prewarm.domain.url.PreloadUrl;
import dev.prewarm.domain.url.UrlNormalization;
import dev.prewarm.domain.url.UrlNormalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The rule of a {@code PreloadCaches} call: 1 to {@value #MAX_URLS} URLs, each valid by the URL rules
 * and on one of the site's domains. Unlike a job's list, one bad URL rejects the whole call
 * ({@code InvalidParameter.Content} naming it), so a rejected call stores nothing and the client
 * learns which URL to fix. URLs equal after normalization become one task.
 */
public final class PreloadSubmission {
    public static final int MAX_URLS = 1000;
    private static final int QUOTED_URL_MAX = 200;

    private PreloadSubmission() {}

    public static List<PreloadTask> accept(
            TaskId id, Site site, List<String> urls, TaskHeaders headers, Instant createdAt) {
        Objects.requireNonNull(site, "site");
        if (urls == null || urls.isEmpty() || urls.size() > MAX_URLS) {
            throw invalid("must hold 1 to " + MAX_URLS + " URLs, got " + (urls == null ? 0 : urls.size()));
        }
        Set<PreloadUrl> distinct = new LinkedHashSet<>();
        for (int i = 0; i < urls.size(); i++) {
            distinct.add(normalize(site, urls.get(i), i + 1));
        }
        List<PreloadTask> tasks = new ArrayList<>(distinct.size());
        for (PreloadUrl url : distinct) {
            tasks.add(new PreloadTask(id, tasks.size(), site.owner(), site.id(), url, headers, createdAt));
        }
        return tasks;
    }

    private static PreloadUrl normalize(Site site, String text, int number) {
        return switch (UrlNormalizer.normalize(text)) {
            case UrlNormalization.Rejected rejected ->
                throw invalid("URL " + number + " '" + quoted(text) + "' is not valid: " + rejected.detail());
            case UrlNormalization.Accepted accepted
            when !site.owns(accepted.host()) ->
                throw invalid("URL " + number + " '" + quoted(text) + "' is not on a domain of site " + site.id()
                        + " (host " + accepted.host() + ")");
            case UrlNormalization.Accepted accepted -> accepted.url();
        };
    }

    /** Long URLs are cut in the message: it is echoed to the client and logged. */
    private static String quoted(String text) {
        String value = String.valueOf(text);
        return value.length() <= QUOTED_URL_MAX ? value : value.substring(0, QUOTED_URL_MAX) + "...";
    }

    private static InvalidParameterException invalid(String why) {
        return new InvalidParameterException("Content", why);
    }
}
