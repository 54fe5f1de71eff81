-- Accounts (issue #11): who is at the keyboard. An account is a clinician (same id), so records written before
-- accounts existed keep their author. Portable SQL as in V1: ids from Java, times as UTC epoch milliseconds,
-- booleans set with setBoolean. Accounts are disabled, never deleted (21 CFR 11.300(b)).
-- The password is stored only as an Argon2id hash with its parameters beside it (algorithm, version, memory in KiB,
-- passes, lanes, salt, hash); the CHECKs refuse a row weaker than OWASP's minimum (19 MiB, t=2, p=1).
CREATE TABLE account (
    clinician_id          VARCHAR(36)  PRIMARY KEY REFERENCES clinician (id),
    login                 VARCHAR(64)  NOT NULL UNIQUE,
    administrator         BOOLEAN      NOT NULL,
    disabled              BOOLEAN      NOT NULL,
    must_change_password  BOOLEAN      NOT NULL,
    pw_algorithm          VARCHAR(16)  NOT NULL CHECK (pw_algorithm = 'argon2id'),
    pw_version            INTEGER      NOT NULL,
    pw_memory_kib         INTEGER      NOT NULL CHECK (pw_memory_kib >= 19456),
    pw_iterations         INTEGER      NOT NULL CHECK (pw_iterations >= 2),
    pw_parallelism        INTEGER      NOT NULL CHECK (pw_parallelism >= 1),
    pw_salt               VARCHAR(64)  NOT NULL,
    pw_hash               VARCHAR(128) NOT NULL,
    failed_logins         INTEGER      NOT NULL,
    wait_until            BIGINT,
    created_at            BIGINT       NOT NULL,
    updated_at            BIGINT       NOT NULL
);
