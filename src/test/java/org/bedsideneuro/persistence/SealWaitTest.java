package org.bedsideneuro.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.exam.ExamKind;
import org.bedsideneuro.domain.finding.Finding;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.MrcGrade;
import org.bedsideneuro.domain.finding.Side;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.domain.patient.Sex;
import org.bedsideneuro.testdb.Backend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The background seal on the ward server (V9, issue #12 point 8): a save returns once its own transaction has
 * committed, even while another seal holds the chain's lock; its entries wait in chain_pending and the laptop's
 * sealer links them once the lock is free. A seal cut off by the server is retried, and entries a laptop left pending
 * when it closed (or crashed) are linked by another laptop's next seal. PostgreSQL only: SQLite links entries inside
 * the write.
 */
class SealWaitTest {
    /** A guard against a hang, not a measure of speed. */
    private static final Duration GUARD = Duration.ofMinutes(2);

    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);

    private static long count(Connection c, String table, String entityId) throws Exception {
        return Sql.one(c, "SELECT COUNT(*) FROM " + table + " WHERE entity_id = ?", rs -> rs.getLong(1), entityId).orElseThrow();
    }

    private static Exam exam(PatientId mrn, Clinician by, int n) {
        return Exam.record(mrn, ExamKind.EXAM, OffsetDateTime.parse("2026-03-01T09:00:00Z").plusMinutes(n), by,
                List.of(new Finding(FindingCode.ANKLE_DORSIFLEXION, Side.LEFT, MrcGrade.FOUR)), "exam " + n);
    }

    private static Clinician wardWithPatient(Database db, PatientId mrn) {
        Clinician ada = db.write(s -> s.clinicians().findOrCreate("Dr Ada Testwell", Role.NEUROLOGIST));
        db.write(s -> {
            s.patients().add(new Patient(mrn, "Example", "Erin", LocalDate.of(1950, 5, 1), Sex.FEMALE, "4B", "1"), ada);
            return null;
        });
        assertThat(db.awaitSealed(GUARD)).isTrue();
        return ada;
    }

    /** Holds the chain's lock, as a long seal by another laptop would. */
    private static void holdChainLock(Connection c) throws Exception {
        c.setAutoCommit(false);
        Sql.one(c, "SELECT pg_advisory_xact_lock(" + PostgresDialect.CHAIN_LOCK + ")::text", rs -> 1);
    }

    /** The server process of a seal queued for the chain's lock, once there is one (polled: it starts in the background). */
    private static int waitingSeal(Connection look) throws Exception {
        long giveUp = System.nanoTime() + GUARD.toNanos(); // a guard against a hang, not a measure of speed
        while (System.nanoTime() < giveUp) {
            Optional<Integer> pid = Sql.one(look, "SELECT l.pid FROM pg_locks l WHERE l.locktype = 'advisory' AND NOT l.granted"
                    + " AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database()) LIMIT 1", rs -> rs.getInt(1));
            if (pid.isPresent()) {
                return pid.get();
            }
            Thread.sleep(20);
        }
        throw new AssertionError("No seal came to wait for the chain's lock within " + GUARD);
    }

    private static long exams(Connection c, String examId) throws Exception {
        return Sql.one(c, "SELECT COUNT(*) FROM exam WHERE id = ?", rs -> rs.getLong(1), examId).orElseThrow();
    }

    @Test
    void aSaveWhileAnotherSealHoldsTheChainReturnsCommittedAndIsSealedOnceTheLockIsFree() throws Exception {
        DatabaseLocation location = Backend.POSTGRESQL.emptyLocation(dir, "ward");
        try (Database laptop = Database.open(location, clock); Connection otherSeal = Backend.raw(location);
             Connection look = Backend.raw(location)) {
            PatientId mrn = new PatientId("SYN-700");
            Clinician ada = wardWithPatient(laptop, mrn);
            Exam exam = exam(mrn, ada, 0);
            String id = exam.id().toString();

            holdChainLock(otherSeal);
            laptop.write(s -> s.exams().add(exam, ada)); // returns although no seal can run: the lock is taken
            assertThat(exams(look, id)).as("committed when told saved").isEqualTo(1);
            assertThat(count(look, "chain_pending", id)).as("its entry, durable and waiting").isEqualTo(1);
            assertThat(count(look, "record_chain", id)).isZero();
            Optional<ChainProblem> whilePending = laptop.read(s -> s.chain().verify());
            assertThat(whilePending).as("a pending entry that matches its record").isEmpty();

            otherSeal.commit(); // that seal ends without having taken it; the laptop's sealer then links it
            assertThat(laptop.awaitSealed(GUARD)).isTrue();
            assertLinkedOnce(laptop, look, id);
        }
    }

    @Test
    void aSealCutOffByTheServerIsRetriedAndNothingIsLostOrDoubled() throws Exception {
        DatabaseLocation location = Backend.POSTGRESQL.emptyLocation(dir, "ward");
        try (Database laptop = Database.open(location, clock); Connection otherSeal = Backend.raw(location);
             Connection look = Backend.raw(location)) {
            PatientId mrn = new PatientId("SYN-701");
            Clinician ada = wardWithPatient(laptop, mrn);
            Exam exam = exam(mrn, ada, 0);
            String id = exam.id().toString();

            holdChainLock(otherSeal);
            laptop.write(s -> s.exams().add(exam, ada));
            int sealer = waitingSeal(look);
            // The server ends the sealer's session mid-seal (as a restart or a dropped network would).
            assertThat(Sql.one(look, "SELECT pg_terminate_backend(?)", rs -> rs.getBoolean(1), sealer)).contains(true);
            Exam second = exam(mrn, ada, 1); // saves go on meanwhile, on their own connection
            laptop.write(s -> s.exams().add(second, ada));
            assertThat(exams(look, second.id().toString())).isEqualTo(1);

            otherSeal.commit();
            assertThat(laptop.awaitSealed(GUARD)).as("retried on a new connection").isTrue();
            assertLinkedOnce(laptop, look, id, second.id().toString());
        }
    }

    @Test
    void entriesALaptopLeftPendingAreSealedByAnotherLaptopsNextSave() throws Exception {
        DatabaseLocation location = Backend.POSTGRESQL.emptyLocation(dir, "ward");
        try (Database other = Database.open(location, clock); Connection otherSeal = Backend.raw(location);
             Connection look = Backend.raw(location)) {
            PatientId mrn = new PatientId("SYN-702");
            Clinician ada = wardWithPatient(other, mrn);
            Exam left = exam(mrn, ada, 0);

            holdChainLock(otherSeal);
            Database gone = Database.open(location, clock);
            gone.write(s -> s.exams().add(left, ada));
            gone.close(); // cannot seal while the lock is held: closes after its bounded wait, the entry left pending
            assertThat(count(look, "chain_pending", left.id().toString())).isEqualTo(1);
            otherSeal.commit();

            Exam next = exam(mrn, ada, 1);
            other.write(s -> s.exams().add(next, ada));
            assertThat(other.awaitSealed(GUARD)).isTrue();
            assertLinkedOnce(other, look, left.id().toString(), next.id().toString()); // left's by the other laptop's seal
        }
    }

    /** Each record's entry is in the chain exactly once and no longer pending, and the whole chain verifies. */
    private static void assertLinkedOnce(Database db, Connection look, String... ids) throws Exception {
        for (String id : ids) {
            assertThat(count(look, "chain_pending", id)).as("%s still pending", id).isZero();
            assertThat(count(look, "record_chain", id)).as("%s in the chain", id).isEqualTo(1);
        }
        Optional<ChainProblem> problem = db.read(s -> s.chain().verify());
        assertThat(problem).isEmpty();
    }
}
