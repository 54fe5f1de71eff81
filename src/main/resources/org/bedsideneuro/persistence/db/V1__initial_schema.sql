-- BedsideNeuro schema, version 1.
-- Kept to the SQL subset that runs unchanged on SQLite and PostgreSQL (shared/engineering-notes.md):
-- ids are generated in Java (UUID text), times are UTC epoch milliseconds written by the app (never CURRENT_TIMESTAMP),
-- booleans are BOOLEAN set with setBoolean, decimals that must round-trip exactly are kept as text.
-- Released migrations are never edited: a change is a new V<n>__*.sql file.

CREATE TABLE clinician (
    id           VARCHAR(36)  PRIMARY KEY,
    display_name VARCHAR(100) NOT NULL,
    role         VARCHAR(20)  NOT NULL,
    created_at   BIGINT       NOT NULL
);
-- The seam for "who is recording": one clinician per name and role until real accounts arrive.
CREATE UNIQUE INDEX clinician_name_role ON clinician (display_name, role);

CREATE TABLE patient (
    id          VARCHAR(32)  PRIMARY KEY,
    family_name VARCHAR(100) NOT NULL,
    given_name  VARCHAR(100) NOT NULL,
    birth_date  VARCHAR(10)  NOT NULL,
    sex         VARCHAR(10)  NOT NULL CHECK (sex IN ('female', 'male', 'other', 'unknown')),
    ward        VARCHAR(100) NOT NULL,
    bed         VARCHAR(100) NOT NULL,
    created_at  BIGINT       NOT NULL,
    created_by  VARCHAR(36)  NOT NULL REFERENCES clinician (id),
    updated_at  BIGINT       NOT NULL,
    updated_by  VARCHAR(36)  NOT NULL REFERENCES clinician (id)
);

-- One row per version of an exam or observation. Rows are only ever inserted: an amendment is a new row that
-- names the version it supersedes; a withdrawal is a row in exam_void.
CREATE TABLE exam (
    id              VARCHAR(36) PRIMARY KEY,
    root_id         VARCHAR(36) NOT NULL,
    patient_id      VARCHAR(32) NOT NULL REFERENCES patient (id),
    kind            VARCHAR(20) NOT NULL CHECK (kind IN ('exam', 'observation')),
    recorded_at     BIGINT      NOT NULL,
    recorded_offset INTEGER     NOT NULL,
    recorded_by     VARCHAR(36) NOT NULL REFERENCES clinician (id),
    note            TEXT        NOT NULL,
    is_baseline     BOOLEAN     NOT NULL,
    supersedes      VARCHAR(36) REFERENCES exam (id),
    amend_reason    TEXT,
    entered_at      BIGINT      NOT NULL,
    entered_by      VARCHAR(36) NOT NULL REFERENCES clinician (id)
);
-- A version can be superseded once: a second amendment of the same version fails instead of forking the history.
CREATE UNIQUE INDEX exam_supersedes ON exam (supersedes);
CREATE INDEX exam_patient_time ON exam (patient_id, recorded_at);
CREATE INDEX exam_root ON exam (root_id);

CREATE TABLE exam_void (
    exam_id   VARCHAR(36) PRIMARY KEY REFERENCES exam (id),
    voided_at BIGINT      NOT NULL,
    voided_by VARCHAR(36) NOT NULL REFERENCES clinician (id),
    reason    TEXT        NOT NULL
);

CREATE TABLE finding (
    exam_id VARCHAR(36) NOT NULL REFERENCES exam (id),
    code    VARCHAR(64) NOT NULL,
    side    VARCHAR(1)  NOT NULL CHECK (side IN ('', 'L', 'R')),
    value   TEXT        NOT NULL,
    note    TEXT        NOT NULL,
    PRIMARY KEY (exam_id, code, side)
);

CREATE TABLE medication_order (
    id            VARCHAR(36) PRIMARY KEY,
    patient_id    VARCHAR(32) NOT NULL REFERENCES patient (id),
    drug          VARCHAR(60) NOT NULL,
    dose          VARCHAR(32) NOT NULL,
    unit          VARCHAR(8)  NOT NULL CHECK (unit IN ('mg', 'mcg', 'mcg/h')),
    route         VARCHAR(16) NOT NULL CHECK (route IN ('oral', 'iv', 'sc', 'im', 'transdermal', 'sublingual', 'intrathecal')),
    doses_per_day VARCHAR(16) NOT NULL,
    start_at      BIGINT      NOT NULL,
    start_offset  INTEGER     NOT NULL,
    stop_at       BIGINT,
    stop_offset   INTEGER,
    note          TEXT        NOT NULL,
    entered_at    BIGINT      NOT NULL,
    entered_by    VARCHAR(36) NOT NULL REFERENCES clinician (id)
);
CREATE INDEX medication_order_patient ON medication_order (patient_id, start_at);

-- Append-only record of every write: who, when, what.
CREATE TABLE audit_log (
    id           VARCHAR(36) PRIMARY KEY,
    at           BIGINT      NOT NULL,
    clinician_id VARCHAR(36) NOT NULL REFERENCES clinician (id),
    action       VARCHAR(32) NOT NULL,
    entity       VARCHAR(32) NOT NULL,
    entity_id    VARCHAR(64) NOT NULL,
    patient_id   VARCHAR(32),
    detail       TEXT        NOT NULL
);
CREATE INDEX audit_log_patient ON audit_log (patient_id, at);
