-- BedsideNeuro on the ward's PostgreSQL server: what the app's role may do (docs/it-guide.md, "The ward server").
-- Run by the owner role (bedside_owner), which owns the database and the tables, AFTER it has created the schema
-- with `bedside-neuro --db postgresql://bedside_owner@HOST/bedside_neuro check`. Run it again after every upgrade that
-- adds a table. The app role (bedside_app) owns nothing, so it can never DROP or ALTER a table; on the record tables
-- it may only add rows: a finding, an exam version, a withdrawal or an audit line is never changed or removed.
-- Tested as it is by PostgresLeastPrivilegeTest.

REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO bedside_app;

-- Read by every start (schema version and refusal of a newer schema); written only by the owner's migrations.
GRANT SELECT ON flyway_schema_history TO bedside_app;

-- Records: insert-only. An amendment is a new exam row, a withdrawal a row in exam_void (issue #5's rules).
GRANT SELECT, INSERT ON clinician, exam, finding, exam_void, audit_log TO bedside_app;
REVOKE UPDATE, DELETE, TRUNCATE ON clinician, exam, finding, exam_void, audit_log FROM bedside_app;

-- Edited in place, each edit audited: a patient moves bed, an order is stopped. medication_order is rebuilt by V10
-- (its new columns need what an ALTER cannot do on SQLite): this grant is what gives the app its rights on it again.
GRANT SELECT, INSERT, UPDATE ON patient, medication_order TO bedside_app;
REVOKE DELETE, TRUNCATE ON patient, medication_order FROM bedside_app;

-- Drafts are working copies: replaced as typing goes on, removed once the exam is saved.
GRANT SELECT, INSERT, UPDATE, DELETE ON draft TO bedside_app;

-- Per-patient settings (V3): replaced by an upsert, every change audited.
GRANT SELECT, INSERT, UPDATE ON patient_setting TO bedside_app;
REVOKE DELETE, TRUNCATE ON patient_setting FROM bedside_app;

-- Accounts (V4, issue #11): disabled, never deleted; a password change or a failed login updates the row.
-- A change of role (user set-role) updates the clinician's role column and nothing else of it.
GRANT SELECT, INSERT, UPDATE ON account TO bedside_app;
REVOKE DELETE, TRUNCATE ON account FROM bedside_app;
GRANT UPDATE (role) ON clinician TO bedside_app;

-- Access log (V5): insert-only, like the audit trail.
GRANT SELECT, INSERT ON access_log TO bedside_app;
REVOKE UPDATE, DELETE, TRUNCATE ON access_log FROM bedside_app;

-- Hash chain (V6): insert-only.
GRANT SELECT, INSERT ON record_chain TO bedside_app;
REVOKE UPDATE, DELETE, TRUNCATE ON record_chain FROM bedside_app;

-- Chain entries waiting to be sealed (V9): queued with the record, removed once moved into record_chain.
GRANT SELECT, INSERT, DELETE ON chain_pending TO bedside_app;
REVOKE UPDATE, TRUNCATE ON chain_pending FROM bedside_app;

-- Signatures (V7): insert-only.
GRANT SELECT, INSERT ON exam_signature TO bedside_app;
REVOKE UPDATE, DELETE, TRUNCATE ON exam_signature FROM bedside_app;

-- Packed findings (V8), derived from finding and written with its exam: insert-only.
GRANT SELECT, INSERT ON exam_packed_findings TO bedside_app;
REVOKE UPDATE, DELETE, TRUNCATE ON exam_packed_findings FROM bedside_app;

-- The medication administration record (V10): insert-only, like the exams. A wrong dose record is withdrawn by a row
-- in administration_void, never changed or removed.
GRANT SELECT, INSERT ON administration, administration_void TO bedside_app;
REVOKE UPDATE, DELETE, TRUNCATE ON administration, administration_void FROM bedside_app;
-- The ward's parenteral MME factors (V11): a history of choices, insert-only; the newest is in force.
GRANT SELECT, INSERT ON parenteral_factor_choice TO bedside_app;
REVOKE UPDATE, DELETE, TRUNCATE ON parenteral_factor_choice FROM bedside_app;
-- Where imported records came from in the EHR (V12): one row per version seen, insert-only.
GRANT SELECT, INSERT ON ehr_source TO bedside_app;
REVOKE UPDATE, DELETE, TRUNCATE ON ehr_source FROM bedside_app;
