-- Where an imported record came from in the hospital's EHR: the server's FHIR base address, the resource's type, id
-- and version, and the record it became (a patient's MRN; an order's, a dose's or an exam's id). One row per version
-- seen, insert-only like the administration record: a re-pull of the same version is recognised and changes nothing,
-- a new version is told apart from it, and the newest row (imported_at, then id, a time-ordered UUID) is the one the
-- record's page shows. Tokens and passwords are never kept here. Portable SQL as in V1: ids and times from Java.
-- record_kind: patient, order, administration, exam. Not a CHECK list: a kind added later needs no table rebuild on
-- SQLite; the app refuses a kind it does not know.
CREATE TABLE ehr_source (
    id            VARCHAR(36)  PRIMARY KEY,
    server        VARCHAR(500) NOT NULL,
    resource_type VARCHAR(64)  NOT NULL,
    resource_id   VARCHAR(64)  NOT NULL,
    version       VARCHAR(64)  NOT NULL,
    patient_id    VARCHAR(32)  NOT NULL REFERENCES patient (id),
    record_kind   VARCHAR(16)  NOT NULL,
    record_id     VARCHAR(64)  NOT NULL,
    imported_at   BIGINT       NOT NULL,
    imported_by   VARCHAR(36)  NOT NULL REFERENCES clinician (id)
);
CREATE UNIQUE INDEX ehr_source_version ON ehr_source (server, resource_type, resource_id, version);
CREATE INDEX ehr_source_patient ON ehr_source (patient_id);
