package dev.prewarm.application.result;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Forgets fetch results after {@code prewarm.results.retention-days} (default 14), a chunk per
 * transaction so that a purge never holds a large transaction or many row locks, and at most
 * {@link #MAX_CHUNKS} chunks per run so that one run stays short; what is left goes next run.
 *
 * <p>Batch records are kept: the execution log (ListScheduledPreloadExecutionLogs) must list every
 * batch of a plan that is still listed, its TotalCount must match the plan's batches done, and a
 * batch keeps its per-outcome counts, so the log stays exact once the rows behind it are gone. A
 * batch is one row per SliceLen URLs (the results are one per URL × target × variant), and it
 * leaves with its plan or job. Each URL's last outcome lives on job_url and is kept as well.
 */
@ApplicationScoped
public class ResultRetention {
    static final int CHUNK_ROWS = 5_000;
    static final int MAX_CHUNKS = 200;

    @Inject
    FetchResults results;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "prewarm.results.retention-days", defaultValue = "14")
    int retentionDays;

    /** @return how many results were removed */
    public long purgeExpired() {
        if (retentionDays < 1) {
            throw new IllegalStateException("prewarm.results.retention-days must be at least 1, got " + retentionDays);
        }
        Instant cutoff = clock.instant().minus(Duration.ofDays(retentionDays));
        long purged = 0;
        for (int chunk = 0; chunk < MAX_CHUNKS; chunk++) {
            int rows = results.purgeChunk(cutoff, CHUNK_ROWS);
            purged += rows;
            if (rows < CHUNK_ROWS) {
                break;
            }
        }
        return purged;
    }
}
