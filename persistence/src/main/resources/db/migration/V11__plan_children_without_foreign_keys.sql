-- batch (V1) and fetch_result (V7) lose their foreign keys to plan.
--
-- On H2 each of those keys had an index of its own on plan_id alone, beside a primary key that
-- starts with plan_id. With statistics taken while every plan had run only its first batches
-- (plan_id looking unique, batch_no constant), H2 chose that index for the completion's
-- "update batch ... where plan_id = ? and batch_no = ?" and read every batch of the plan to find
-- the one: 44 % of the completions' CPU in the lag benchmark by a perf profile (session 10). Each
-- index was also one more B-tree to write for every batch begun and every URL fetched.
--
-- The rows stay consistent without the keys. They are written only under a lock on their plan's
-- row (the lease fence, JdbcPlanLeases), and removing a plan or a job deletes them first
-- (JpaPlanRepository, JpaPreloadJobRepository), as job_url has been from the start.
--
-- The databases named the constraints: H2 CONSTRAINT_3 and CONSTRAINT_9 (from the tables' names;
-- V1 and V7 never change, so every H2 database has these names; DatabaseMigratorTest checks that
-- no foreign key is left), PostgreSQL <table>_plan_id_fkey. Each drop is a no-op on the other.
ALTER TABLE batch DROP CONSTRAINT IF EXISTS CONSTRAINT_3;
ALTER TABLE batch DROP CONSTRAINT IF EXISTS batch_plan_id_fkey;
ALTER TABLE fetch_result DROP CONSTRAINT IF EXISTS CONSTRAINT_9;
ALTER TABLE fetch_result DROP CONSTRAINT IF EXISTS fetch_result_plan_id_fkey;
