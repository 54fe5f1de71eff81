-- Electronic signatures of exams (issue #11 point 4; 21 CFR 11.50: the printed name of the signer, the date and time
-- of signing and its meaning; 11.70: linked to the record so it cannot be copied to another; 11.200: signed with
-- the signer's password again). One row per signature of one exam version: an amended exam is a new version and
-- needs its own signature, while the signed original and its signature stay in the history. Insert-only and covered
-- by the hash chain. The name and role are kept as they were at signing, as printed.
CREATE TABLE exam_signature (
    id          VARCHAR(36)  PRIMARY KEY,
    exam_id     VARCHAR(36)  NOT NULL REFERENCES exam (id),
    signer_id   VARCHAR(36)  NOT NULL REFERENCES clinician (id),
    signer_name VARCHAR(100) NOT NULL,
    signer_role VARCHAR(20)  NOT NULL,
    signed_at   BIGINT       NOT NULL,
    meaning     VARCHAR(20)  NOT NULL CHECK (meaning IN ('author', 'review', 'approval'))
);
CREATE UNIQUE INDEX exam_signature_once ON exam_signature (exam_id, signer_id, meaning);
