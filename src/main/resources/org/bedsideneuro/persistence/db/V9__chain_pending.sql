-- Group sealing of the hash chain on the ward server (issue #12 point 8; the chain is V6, issue #11 point 6).
-- On PostgreSQL a write no longer appends to record_chain inside its own transaction (that made every save on the
-- ward wait for the one before it, commit and disk flush included). It queues one pending row per record here, in the
-- same transaction as the record, with the record's content hash. Right after that commit, and before the save is
-- reported, the writer seals: one short transaction under the chain's lock moves ALL pending rows (everyone's, in
-- queued_at, id order) into record_chain with consecutive seq and the usual hash links, deletes them here, and commits
-- durably. Twenty laptops saving at once: one seal covers many saves. A seal that failed (connection lost) leaves
-- its rows here; the next seal by anyone, or 'check', seals them. SQLite never uses this table (it chains inside the
-- write transaction, one writer at a time). id is "<batch>-<position>": one batch per write transaction, positions
-- in append order, so the order of sealing is deterministic.
CREATE TABLE chain_pending (
    id           VARCHAR(64)  PRIMARY KEY,
    batch        VARCHAR(36)  NOT NULL,
    entity       VARCHAR(32)  NOT NULL,
    entity_id    VARCHAR(100) NOT NULL,
    patient_id   VARCHAR(32),
    content_hash VARCHAR(64)  NOT NULL,
    queued_at    BIGINT       NOT NULL
);
CREATE INDEX chain_pending_batch ON chain_pending (batch);
