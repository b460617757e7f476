-- Instant preload tasks (PreloadCaches): one row per URL of a call, the call's TaskId shared by
-- its rows and the URL's place in the call telling them apart. Headers are the call's, repeated on
-- each row as JSON text ([name, value] pairs, in order). Times are UTC like every TIMESTAMP here.
-- DescribePreloadTasks pages an account's tasks newest first; the engine finds a call by TaskId.

CREATE TABLE preload_task (
    task_id     VARCHAR(24)    NOT NULL,
    position    INTEGER        NOT NULL,
    account_id  VARCHAR(20)    NOT NULL REFERENCES account (id),
    site_id     BIGINT         NOT NULL REFERENCES site (id),
    content     VARCHAR(4096)  NOT NULL,
    headers     VARCHAR(65536) NOT NULL,
    status      VARCHAR(16)    NOT NULL,
    process     INTEGER        NOT NULL,
    description VARCHAR(1024)  NOT NULL,
    created_at  TIMESTAMP      NOT NULL,
    finished_at TIMESTAMP,
    version     BIGINT         NOT NULL,
    PRIMARY KEY (task_id, position),
    CONSTRAINT preload_task_process_range CHECK (process BETWEEN 0 AND 100)
);
CREATE INDEX preload_task_account_created ON preload_task (account_id, created_at);
CREATE INDEX preload_task_account_task ON preload_task (account_id, task_id);
