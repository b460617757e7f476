package dev.prewarm.domain.plan;

import dev.prewarm.domain.result.BatchResults;
import java.util.Objects;

/** A batch whose URLs have been fetched, waiting for its completion under the lease it began with. */
public record FetchedBatch(Lease lease, PreparedBatch batch, BatchResults results) {
    public FetchedBatch {
        Objects.requireNonNull(lease, "lease");
        Objects.requireNonNull(batch, "batch");
        Objects.requireNonNull(results, "results");
        if (!results.planId().equals(batch.planId()) || results.batchNo() != batch.batchNo()) {
            throw new IllegalArgumentException("results of batch " + results.batchNo() + " of plan " + results.planId()
                    + " offered for batch " + batch.batchNo() + " of plan " + batch.planId());
        }
    }
}
