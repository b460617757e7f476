-- Prewarm schema, version 1. Portable SQL for H2 2.2 and PostgreSQL 15.
-- Job and plan ids are VARCHAR(24), not CHAR(24): PostgreSQL compares a bpchar column with a
-- varchar parameter as text, which bypasses the index.
-- Times are TIMESTAMP without zone holding UTC: every JVM and database session of Prewarm runs in
-- UTC (the run and test scripts set -Duser.timezone=UTC), which keeps H2 and PostgreSQL identical.

CREATE TABLE account (
    id                      VARCHAR(20)  NOT NULL PRIMARY KEY,
    name                    VARCHAR(128) NOT NULL,
    enabled                 BOOLEAN      NOT NULL,
    created_at              TIMESTAMP    NOT NULL,
    -- Quota overrides (QuotaOverrides): NULL keeps the installation's default for that limit.
    quota_jobs_per_site        INTEGER,
    quota_urls_per_job         INTEGER,
    quota_url_list_bytes       BIGINT,
    quota_remote_file_bytes    BIGINT,
    quota_remote_timeout_ms    BIGINT,
    quota_url_bytes            INTEGER,
    quota_plans_per_job        INTEGER,
    quota_min_interval_s       INTEGER,
    quota_max_interval_s       INTEGER,
    quota_min_slice_len        INTEGER,
    quota_max_slice_len        INTEGER,
    quota_api_calls_per_s      INTEGER,
    quota_api_burst            INTEGER,
    version                 BIGINT       NOT NULL
);

CREATE TABLE access_key (
    id            VARCHAR(64)  NOT NULL PRIMARY KEY,
    account_id    VARCHAR(20)  NOT NULL REFERENCES account (id),
    sealed_secret VARCHAR(512) NOT NULL,
    status        VARCHAR(16)  NOT NULL,
    created_at    TIMESTAMP    NOT NULL,
    last_used_at  TIMESTAMP,
    version       BIGINT       NOT NULL
);
CREATE INDEX access_key_account ON access_key (account_id);

-- Operators and account members of the admin UI and admin API.
CREATE TABLE app_user (
    username      VARCHAR(64)  NOT NULL PRIMARY KEY,
    password_hash VARCHAR(512) NOT NULL,
    role          VARCHAR(16)  NOT NULL,
    account_id    VARCHAR(20)  REFERENCES account (id),
    enabled       BOOLEAN      NOT NULL,
    created_at    TIMESTAMP    NOT NULL,
    version       BIGINT       NOT NULL
);

CREATE SEQUENCE site_id_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE site (
    id              BIGINT         NOT NULL PRIMARY KEY,
    account_id      VARCHAR(20)    NOT NULL REFERENCES account (id),
    name            VARCHAR(128)   NOT NULL,
    domains         VARCHAR(32768)   NOT NULL,
    status          VARCHAR(16)      NOT NULL,
    -- RequestProfile as JSON (RequestProfileConverter); up to 16 variants x 32 headers x 8 KiB values.
    request_profile VARCHAR(8388608) NOT NULL,
    created_at      TIMESTAMP      NOT NULL,
    version         BIGINT         NOT NULL
);
CREATE INDEX site_account ON site (account_id);

CREATE TABLE preload_job (
    id             VARCHAR(24)   NOT NULL PRIMARY KEY,
    account_id     VARCHAR(20)   NOT NULL REFERENCES account (id),
    site_id        BIGINT        NOT NULL REFERENCES site (id),
    name           VARCHAR(128)  NOT NULL,
    insert_way     VARCHAR(16)   NOT NULL,
    created_at     TIMESTAMP     NOT NULL,
    url_count      BIGINT        NOT NULL,
    url_submitted  BIGINT        NOT NULL,
    task_submitted BIGINT        NOT NULL,
    domains        VARCHAR(32768) NOT NULL,
    error_info     VARCHAR(128)  NOT NULL,
    file_id        VARCHAR(64)   NOT NULL,
    failed_file_id VARCHAR(64),
    version        BIGINT        NOT NULL
);
CREATE INDEX preload_job_site_created ON preload_job (site_id, created_at);

-- The accepted URLs of a job in order: a slice is a primary-key range read, never the whole list.
-- No foreign key to preload_job: the URLs are streamed in during intake, before the job row (whose
-- counters are known only at the end) is inserted in the same transaction. Removing a job deletes
-- its rows here explicitly.
CREATE TABLE job_url (
    job_id   VARCHAR(24)   NOT NULL,
    position BIGINT        NOT NULL,
    url      VARCHAR(4096) NOT NULL,
    PRIMARY KEY (job_id, position)
);

-- Every rejected input line with its reason, downloadable by the job's owner.
-- No foreign key to preload_job, for the same reason as job_url.
CREATE TABLE job_rejected_line (
    job_id      VARCHAR(24)   NOT NULL,
    line_number BIGINT        NOT NULL,
    line_text   VARCHAR(8192) NOT NULL,
    reason      VARCHAR(16)   NOT NULL,
    detail      VARCHAR(512)  NOT NULL,
    PRIMARY KEY (job_id, line_number)
);

-- A plan keeps both the instants (UTC) and the offsets the client wrote StartTime/EndTime in.
CREATE TABLE plan (
    id                  VARCHAR(24)  NOT NULL PRIMARY KEY,
    job_id              VARCHAR(24)  NOT NULL REFERENCES preload_job (id) ON DELETE CASCADE,
    account_id          VARCHAR(20)  NOT NULL REFERENCES account (id),
    created_at          TIMESTAMP    NOT NULL,
    start_time          TIMESTAMP    NOT NULL,
    start_offset_s      INTEGER      NOT NULL,
    end_time            TIMESTAMP,
    end_offset_s        INTEGER,
    interval_s          INTEGER      NOT NULL,
    slice_len           INTEGER      NOT NULL,
    status              VARCHAR(16)  NOT NULL,
    status_changed_at   TIMESTAMP    NOT NULL,
    anchor_at           TIMESTAMP    NOT NULL,
    next_batch_due      TIMESTAMP,
    last_batch_due      TIMESTAMP,
    last_batch_no       BIGINT       NOT NULL,
    batches_done        BIGINT       NOT NULL,
    urls_done           BIGINT       NOT NULL,
    missed_slots        BIGINT       NOT NULL,
    consecutive_failed  INTEGER      NOT NULL,
    failure_reason      VARCHAR(512),
    unwarmed_at_end     BIGINT       NOT NULL,
    version             BIGINT       NOT NULL
);
CREATE INDEX plan_job ON plan (job_id);
-- The scheduler looks for due plans.
CREATE INDEX plan_next_batch_due ON plan (next_batch_due);

-- The execution log: one row per batch of a plan.
CREATE TABLE batch (
    plan_id       VARCHAR(24)  NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    batch_no      BIGINT       NOT NULL,
    job_id        VARCHAR(24)  NOT NULL,
    due_at        TIMESTAMP    NOT NULL,
    started_at    TIMESTAMP    NOT NULL,
    finished_at   TIMESTAMP,
    url_from      BIGINT       NOT NULL,
    url_to        BIGINT       NOT NULL,
    succeeded     BIGINT       NOT NULL,
    failed        BIGINT       NOT NULL,
    status        VARCHAR(16)  NOT NULL,
    instance_name VARCHAR(128) NOT NULL,
    PRIMARY KEY (plan_id, batch_no)
);
-- Batches of all plans of a job, in start order.
CREATE INDEX batch_job_started ON batch (job_id, started_at);
