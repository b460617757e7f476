package dev.prewarm.application.schedule;

import dev.prewarm.domain.job.JobUrlStore.PositionedUrl;
import dev.prewarm.domain.plan.PreparedBatch;
import dev.prewarm.domain.site.Site;
import java.util.List;

/** A begun batch with what its fetching needs, all read in the transaction that began it. */
public record StartedBatch(PreparedBatch batch, Site site, List<PositionedUrl> urls) {
    public StartedBatch {
        urls = List.copyOf(urls);
    }
}
