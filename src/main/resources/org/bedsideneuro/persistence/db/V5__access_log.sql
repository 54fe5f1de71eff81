-- Access log (issue #11 point 5): who opened, printed or exported which patient's record, and every login, failed
-- login, lock and unlock (HIPAA 45 CFR 164.312(b): audit controls recording activity in systems holding health
-- information; 164.308(a)(5)(ii)(C): log-in monitoring). Append-only like audit_log: rows are inserted, never changed.
-- clinician_id is empty only for a failed login under a name that has no account; login then keeps what was typed
-- (a name, never a password). Ids are OrderedIds made in Java, so rows read back in the order they were written.
CREATE TABLE access_log (
    id           VARCHAR(36)  PRIMARY KEY,
    at           BIGINT       NOT NULL,
    clinician_id VARCHAR(36)  REFERENCES clinician (id),
    login        VARCHAR(100) NOT NULL,
    action       VARCHAR(32)  NOT NULL,
    patient_id   VARCHAR(32),
    detail       TEXT         NOT NULL
);
CREATE INDEX access_log_patient ON access_log (patient_id, at);
CREATE INDEX access_log_at ON access_log (at);
