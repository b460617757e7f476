-- Leases of the plan engine (PRODUCT.md §3): which instance runs a plan, until when, and the
-- fencing version that every claim raises. Kept beside the plan's own columns but not mapped by
-- JPA: only JdbcPlanLeases reads and writes them, so a plan's optimistic version never moves
-- because of a heartbeat. Times are UTC, read from the database's clock.
ALTER TABLE plan ADD COLUMN lease_owner VARCHAR(64);
ALTER TABLE plan ADD COLUMN lease_expires_at TIMESTAMP;
ALTER TABLE plan ADD COLUMN lease_version BIGINT DEFAULT 0 NOT NULL;

-- The engine's tick: schedulable plans by due time.
CREATE INDEX plan_status_due ON plan (status, next_batch_due);
