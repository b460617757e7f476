-- plan_status_due (V5) serves the engine's claim, the only query on next_batch_due. This older
-- index was one more B-tree page to write at every batch's begin, which moves next_batch_due.
DROP INDEX plan_next_batch_due;
