-- Drafts of exams and observations being typed (issue #7, point 2): kept as the clinician types so that a crash or a
-- closed lid loses nothing. A draft belongs to its author only. Drafts are working copies, not records: they are
-- replaced as typing goes on and removed once the exam is saved.
CREATE TABLE draft (
    id          VARCHAR(36) PRIMARY KEY,
    author_id   VARCHAR(36) NOT NULL REFERENCES clinician (id),
    patient_id  VARCHAR(32) NOT NULL REFERENCES patient (id),
    form        VARCHAR(32) NOT NULL,
    amends      VARCHAR(36),
    fields      TEXT        NOT NULL,
    saved_at    BIGINT      NOT NULL
);
CREATE INDEX draft_author ON draft (author_id, saved_at);
