-- The ward's parenteral MME factors (shared/clinical-reference.md section 6): the hospital's choice of a published
-- preset or of a table an administrator typed, for the whole database (on the ward server, the whole ward).
-- A history, insert-only: every choice is a row, never changed or removed; the newest (chosen_at, then id, a
-- time-ordered UUID) is in force, so when the table changed and who changed it is answered by the rows themselves.
-- A database without a row counts with BedsideNeuro's default. Each choice is also in the audit log and covered by the
-- hash chain. Portable SQL as in V1: ids and times (UTC epoch milliseconds) from Java.
-- preset: the preset's code (default, nci-pdq, treillet-2018, vanderbilt), NULL for a typed table. Not a CHECK list:
-- a preset added later then needs no table rebuild on SQLite; the app refuses a code it does not know.
-- custom_factors: a typed table, one line per factor (drug, route, per unit, factor, source, separated by tabs; the
-- factor as text so that it reads back exactly), NULL for a preset.
CREATE TABLE parenteral_factor_choice (
    id             VARCHAR(36) PRIMARY KEY,
    chosen_at      BIGINT      NOT NULL,
    chosen_by      VARCHAR(36) NOT NULL REFERENCES clinician (id),
    preset         VARCHAR(32),
    custom_factors TEXT,
    CHECK ((preset IS NULL AND custom_factors IS NOT NULL) OR (preset IS NOT NULL AND custom_factors IS NULL))
);
CREATE INDEX parenteral_factor_choice_time ON parenteral_factor_choice (chosen_at);
