-- Tamper evidence (issue #11 point 6; 21 CFR 11.10(a) and (e): detect invalid or altered records; HIPAA
-- 45 CFR 164.312(c)(1)-(2): integrity, a mechanism to corroborate that health information was not altered).
-- One chain for the whole database: each entry holds the SHA-256 of one record's canonical content as written, the
-- previous entry's hash, and its own hash over both. Appended in the same transaction as the write it covers,
-- one at a time (SQLite transactions are serial; on PostgreSQL an advisory lock orders them), so seq has no gaps.
-- A patient or an order edited in place gets a new entry; the newest entry of a record must match the record.
-- The first start after this migration seals the records already there (entity 'seal').
CREATE TABLE record_chain (
    seq           BIGINT       PRIMARY KEY,
    entity        VARCHAR(32)  NOT NULL,
    entity_id     VARCHAR(100) NOT NULL,
    patient_id    VARCHAR(32),
    content_hash  VARCHAR(64)  NOT NULL,
    previous_hash VARCHAR(64)  NOT NULL,
    entry_hash    VARCHAR(64)  NOT NULL
);
CREATE INDEX record_chain_entity ON record_chain (entity, entity_id);
