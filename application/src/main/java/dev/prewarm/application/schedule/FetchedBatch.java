package dev.prewarm.application.schedule;

import dev.prewarm.domain.plan.Lease;
import dev.prewarm.domain.plan.PreparedBatch;
import dev.prewarm.domain.result.BatchResults;

/** A batch whose URLs have been fetched, waiting for its completion under the lease it began with. */
public record FetchedBatch(Lease lease, PreparedBatch batch, BatchResults results) {}
