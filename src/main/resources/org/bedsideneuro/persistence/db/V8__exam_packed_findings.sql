-- Issue #9: a five-year record has 12,800 exams and observations and 140,000 findings; reading the findings row by
-- row took most of the second the trend view, the PDF summary and the patient page waited for. This table holds each
-- exam version's findings once more, packed into one text (one line per finding: code, side, value and note separated
-- by tabs, tab/newline/backslash in them escaped), so a record is read as one row per exam.
--
-- Derived, never the record: the finding table stays the record (hash chain, exports, copy checks read it). A row is
-- written in the same transaction as its exam (ExamRepository.insert), so it can never disagree with it; rows for the
-- exams already stored are filled by the app right after this migration (Database.migrate, dialect-neutral Java).
-- Insert-only like the exam it belongs to.
CREATE TABLE exam_packed_findings (
    exam_id  VARCHAR(36) PRIMARY KEY REFERENCES exam (id),
    findings TEXT        NOT NULL
);
