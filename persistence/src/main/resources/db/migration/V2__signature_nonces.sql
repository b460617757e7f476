-- Nonces of verified RPC request signatures (API.md §2): the table is what makes a nonce
-- "seen before on any instance". The primary key is the uniqueness check itself; seen_at (UTC,
-- like every TIMESTAMP of the schema) is indexed for the periodic purge of expired nonces.
-- The SDK sends 64 hex digits; 128 leaves room for other clients, longer nonces are refused.

CREATE TABLE signature_nonce (
    nonce   VARCHAR(128) NOT NULL PRIMARY KEY,
    seen_at TIMESTAMP    NOT NULL
);
CREATE INDEX signature_nonce_seen_at ON signature_nonce (seen_at);
