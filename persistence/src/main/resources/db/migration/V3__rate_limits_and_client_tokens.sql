-- API call rate limits (API.md §6) and ClientToken idempotency (API.md §4), both shared by every
-- instance through the database. Timestamps are UTC, like every TIMESTAMP of the schema.

-- One token bucket per AccessKey: the tokens left as of refilled_at. No foreign key to
-- access_key: a row is written while a call is admitted, and a deleted key's row is harmless.
CREATE TABLE api_rate_bucket (
    access_key_id VARCHAR(64)      NOT NULL PRIMARY KEY,
    tokens        DOUBLE PRECISION NOT NULL,
    refilled_at   TIMESTAMP        NOT NULL
);

-- The first successful response to each (account, action, ClientToken), replayed to repeats with
-- the same parameters (fingerprint: SHA-256 hex). The primary key is what stops two concurrent
-- calls with one token from both running. response is NULL only inside the claiming transaction,
-- which fills it before it commits. created_at is indexed for the purge after 24 hours.
CREATE TABLE client_token (
    account_id  VARCHAR(20)  NOT NULL REFERENCES account (id),
    action      VARCHAR(64)  NOT NULL,
    token       VARCHAR(64)  NOT NULL,
    fingerprint CHAR(64)     NOT NULL,
    response    TEXT,
    created_at  TIMESTAMP    NOT NULL,
    PRIMARY KEY (account_id, action, token)
);
CREATE INDEX client_token_created_at ON client_token (created_at);
