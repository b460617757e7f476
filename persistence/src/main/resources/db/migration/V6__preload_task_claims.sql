-- Instant tasks are claimed by one instance at a time, like plans: who holds a task and until
-- when (database clock, UTC). An expired claim is taken over, so a task of a dead instance is
-- fetched again rather than lost.
ALTER TABLE preload_task ADD COLUMN claimed_by VARCHAR(64);
ALTER TABLE preload_task ADD COLUMN claim_expires_at TIMESTAMP;
CREATE INDEX preload_task_status_created ON preload_task (status, created_at);
