-- Fetch results (PRODUCT.md §1): one row per URL x edge target x variant of a completed batch,
-- written with the batch's fenced commit, so a stale lease holder's rows roll back with it.
-- result_no is the fetch's place in the batch (URL order, then target, then variant): it keeps
-- the key short whatever the target and variant names, and orders a plan's results as fetched.
-- No account column: results are reached through their plan, whose account scopes every query.
-- The plan's deletion cascades here (deleting a job deletes its plans, which delete these).
-- fetched_at is the batch's completion on the database clock (UTC); retention purges by it.
-- Column names avoid H2's reserved words (VALUE, KEY, ROW...): bytes is body_bytes, error is error_text.
CREATE TABLE fetch_result (
    plan_id      VARCHAR(24)   NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    batch_no     BIGINT        NOT NULL,
    result_no    INTEGER       NOT NULL,
    job_id       VARCHAR(24)   NOT NULL,
    url_position BIGINT        NOT NULL,
    target       VARCHAR(300)  NOT NULL,
    variant      VARCHAR(128)  NOT NULL,
    http_status  INTEGER       NOT NULL,
    cache_status VARCHAR(16)   NOT NULL,
    body_bytes   BIGINT        NOT NULL,
    ttfb_ms      BIGINT        NOT NULL,
    total_ms     BIGINT        NOT NULL,
    attempts     INTEGER       NOT NULL,
    outcome      VARCHAR(16)   NOT NULL,
    error_text   VARCHAR(1024),
    fetched_at   TIMESTAMP     NOT NULL,
    PRIMARY KEY (plan_id, batch_no, result_no)
);
-- A plan's results filtered by outcome (the plan page's filter, e.g. everything that failed).
CREATE INDEX fetch_result_plan_outcome ON fetch_result (plan_id, outcome, batch_no, result_no);
-- The history of one URL of a job, newest first.
CREATE INDEX fetch_result_job_url ON fetch_result (job_id, url_position, fetched_at);
-- The retention purge takes the oldest rows first, a chunk at a time.
CREATE INDEX fetch_result_fetched_at ON fetch_result (fetched_at);

-- Per-outcome counts of a batch's URLs (wire names, e.g. "warmed:8,client_error:2"; see
-- OutcomeCounts). On the batch rather than summed from fetch_result so the execution log keeps
-- them after the results are purged. NULL for batches completed before this migration.
ALTER TABLE batch ADD COLUMN outcome_counts VARCHAR(512);

-- The last outcome of each URL of a job and when, updated in the batch's fenced commit: the URL
-- list shows it with one primary-key range read, and it survives the purge of the results.
ALTER TABLE job_url ADD COLUMN last_outcome VARCHAR(16);
ALTER TABLE job_url ADD COLUMN last_fetched_at TIMESTAMP;
