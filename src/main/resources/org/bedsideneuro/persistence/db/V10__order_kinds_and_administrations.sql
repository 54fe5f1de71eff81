-- Order kinds and the medication administration record (shared/clinical-reference.md section 6; exchange format
-- version 2, medications.csv kind/indication/outcome and administrations.csv). Portable SQL as in V1.
--
-- medication_order gains kind, indication and outcome, and must now hold what V1 refused: doses_per_day empty for an
-- infusion or a PCA (V1 declared it NOT NULL) and an infusion's rate in mg/h (V1's unit CHECK lists mg, mcg, mcg/h).
-- SQLite cannot drop a NOT NULL or a CHECK from a column, so the table is rebuilt the way SQLite documents for
-- such changes (create the new table, copy the rows, drop the old one, rename the new one): the same statements run
-- on PostgreSQL 15. Every row is copied as it is, column by column, so the hash chain's content of an order stored
-- before this migration does not change (ChainedTables leaves kind, indication and outcome out of an order's content
-- while they hold their defaults: scheduled, not recorded, none).
-- On the ward server the rebuilt table is a new table: IT runs postgres-app-role.sql again after this upgrade (as after
-- every upgrade that adds a table, and this one adds two), which grants the app role its rights on it again.
CREATE TABLE medication_order_new (
    id            VARCHAR(36) PRIMARY KEY,
    patient_id    VARCHAR(32) NOT NULL REFERENCES patient (id),
    drug          VARCHAR(60) NOT NULL,
    dose          VARCHAR(32) NOT NULL,
    unit          VARCHAR(8)  NOT NULL CHECK (unit IN ('mg', 'mcg', 'mcg/h', 'mg/h')),
    route         VARCHAR(16) NOT NULL CHECK (route IN ('oral', 'iv', 'sc', 'im', 'transdermal', 'sublingual', 'intrathecal')),
    -- Scheduled: administrations a day; PRN: the most a day; NULL for an infusion (it runs at its rate) or a PCA (what
    -- the pump delivered counts).
    doses_per_day VARCHAR(16),
    start_at      BIGINT      NOT NULL,
    start_offset  INTEGER     NOT NULL,
    stop_at       BIGINT,
    stop_offset   INTEGER,
    note          TEXT        NOT NULL,
    entered_at    BIGINT      NOT NULL,
    entered_by    VARCHAR(36) NOT NULL REFERENCES clinician (id),
    kind          VARCHAR(16) NOT NULL DEFAULT 'scheduled' CHECK (kind IN ('scheduled', 'prn', 'infusion', 'pca')),
    -- NULL: not recorded.
    indication    VARCHAR(32) CHECK (indication IN ('neuropathic_pain', 'nociceptive_pain', 'cancer_pain', 'palliative', 'myoclonus', 'other')),
    -- How a stopped order's trial ended (clinical reference section 8); NULL while it runs or when not recorded.
    outcome       VARCHAR(32) CHECK (outcome IN ('effective', 'ineffective', 'not_tolerated', 'stopped_other')),
    CHECK ((kind IN ('scheduled', 'prn') AND doses_per_day IS NOT NULL) OR (kind IN ('infusion', 'pca') AND doses_per_day IS NULL)),
    CHECK (outcome IS NULL OR stop_at IS NOT NULL)
);
INSERT INTO medication_order_new (id, patient_id, drug, dose, unit, route, doses_per_day, start_at, start_offset, stop_at,
                                  stop_offset, note, entered_at, entered_by, kind)
SELECT id, patient_id, drug, dose, unit, route, doses_per_day, start_at, start_offset, stop_at, stop_offset, note, entered_at,
       entered_by, 'scheduled'
FROM medication_order;
DROP TABLE medication_order;
ALTER TABLE medication_order_new RENAME TO medication_order;
CREATE INDEX medication_order_patient ON medication_order (patient_id, start_at);

-- The medication administration record (MAR): one row per dose given, held, refused or not given under an order; for
-- a PCA, one row per pump reading (the amount delivered over [period start, given at]). Insert-only: a wrong entry is
-- withdrawn by a row in administration_void, never changed or deleted. Times as the app stores them: UTC epoch
-- milliseconds plus the offset they were recorded in; the dose as text, so that a decimal reads back exactly.
-- given_by is who gave the dose, recorded_by who typed it (the same nurse at the bedside; the command line's user for an
-- import). patient_id repeats the order's patient (the app writes it from the order) for the per-patient index and
-- the hash chain.
CREATE TABLE administration (
    id                  VARCHAR(36) PRIMARY KEY,
    order_id            VARCHAR(36) NOT NULL REFERENCES medication_order (id),
    patient_id          VARCHAR(32) NOT NULL REFERENCES patient (id),
    given_at            BIGINT      NOT NULL,
    given_offset        INTEGER     NOT NULL,
    period_start_at     BIGINT,
    period_start_offset INTEGER,
    dose                VARCHAR(32) NOT NULL,
    unit                VARCHAR(8)  NOT NULL CHECK (unit IN ('mg', 'mcg')),
    status              VARCHAR(16) NOT NULL CHECK (status IN ('given', 'held', 'refused', 'not_given')),
    given_by            VARCHAR(36) NOT NULL REFERENCES clinician (id),
    note                TEXT        NOT NULL,
    recorded_at         BIGINT      NOT NULL,
    recorded_by         VARCHAR(36) NOT NULL REFERENCES clinician (id),
    CHECK ((period_start_at IS NULL AND period_start_offset IS NULL) OR (period_start_at IS NOT NULL AND period_start_offset IS NOT NULL)),
    CHECK (period_start_at IS NULL OR period_start_at < given_at)
);
CREATE INDEX administration_patient_time ON administration (patient_id, given_at);
CREATE INDEX administration_order_time ON administration (order_id, given_at);

-- A withdrawn administration (entered in error): who, when and why. At most one per administration.
CREATE TABLE administration_void (
    administration_id VARCHAR(36) PRIMARY KEY REFERENCES administration (id),
    voided_at         BIGINT      NOT NULL,
    voided_by         VARCHAR(36) NOT NULL REFERENCES clinician (id),
    reason            TEXT        NOT NULL
);
