-- Per-patient settings (issue #4): for now how often the patient's myoclonus and OIN items are to be observed.
-- A patient without a row is observed at the default interval (every 4 hours, domain.exam.ObservationSchedule).
-- Portable SQL as in V1: times are UTC epoch milliseconds written by the app; the row is replaced by an upsert
-- (INSERT ... ON CONFLICT ... DO UPDATE) and every change is in the audit log with the old and new values.
CREATE TABLE patient_setting (
    patient_id                   VARCHAR(32) PRIMARY KEY REFERENCES patient (id),
    observation_interval_minutes INTEGER     NOT NULL CHECK (observation_interval_minutes BETWEEN 15 AND 1440),
    updated_at                   BIGINT      NOT NULL,
    updated_by                   VARCHAR(36) NOT NULL REFERENCES clinician (id)
);
