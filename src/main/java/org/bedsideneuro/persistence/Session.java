package org.bedsideneuro.persistence;

import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;

/** One open transaction, with the repositories bound to it. Only valid inside the {@link Work} it was given to. */
public final class Session {
    private static final org.bedsideneuro.security.PasswordHasher PASSWORDS = new org.bedsideneuro.security.PasswordHasher();
    private final Connection connection;
    private final Clock clock;
    private final Dialect dialect;

    Session(Connection connection, Clock clock, Dialect dialect) {
        this.connection = connection;
        this.clock = clock;
        this.dialect = dialect;
    }

    private String chainBatch;
    private int pendingPosition;

    /** This transaction's batch in chain_pending (V10), made on first use. */
    String chainBatch() {
        if (chainBatch == null) {
            chainBatch = java.util.UUID.randomUUID().toString();
        }
        return chainBatch;
    }

    /** The next pending entry's id: the batch and a position that sorts in append order. */
    String nextPendingId() {
        return chainBatch() + "-" + String.format("%06d", pendingPosition++);
    }

    /** The batch this transaction queued chain entries under, or null when it queued none. */
    String queuedChainBatch() {
        return chainBatch;
    }

    Dialect dialect() {
        return dialect;
    }

    Connection connection() {
        return connection;
    }

    /** The clock's zone: local times in messages (a signature's time, for one). */
    java.time.ZoneId zone() {
        return clock.getZone();
    }

    /** The time written as "entered at" by every write in this transaction. */
    Instant now() {
        return clock.instant();
    }

    public ClinicianRepository clinicians() {
        return new ClinicianRepository(this);
    }

    public PatientRepository patients() {
        return new PatientRepository(this);
    }

    public ExamRepository exams() {
        return new ExamRepository(this);
    }

    public MedicationRepository medications() {
        return new MedicationRepository(this);
    }

    public DraftRepository drafts() {
        return new DraftRepository(this);
    }

    /** Per-patient settings such as the observation interval (V3). */
    public PatientSettingRepository patientSettings() {
        return new PatientSettingRepository(this);
    }

    /** Accounts (V4), hashing new passwords with Argon2id at OWASP's minimum. */
    public AccountRepository accounts() {
        return new AccountRepository(this, PASSWORDS);
    }

    /** Who opened, printed or exported what, and logins and locks (V5). */
    public AccessLog accessLog() {
        return new AccessLog(this);
    }

    /** The hash chain over every record (V6): appended by the repositories, verified by {@code check}. */
    public RecordChain chain() {
        return new RecordChain(this);
    }

    /** Signatures of exam versions (V7). */
    public SignatureRepository signatures() {
        return new SignatureRepository(this);
    }

    public AuditLog audit() {
        return new AuditLog(this);
    }
}
