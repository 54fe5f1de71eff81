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
 * The background seal on the ward server (V9): a save returns once its own transaction has
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

    /**
     * A laptop on a new, empty ward server with one patient examined by Dr Ada, and two connections of the test's own:
     * {@code otherSeal} holds the chain's lock as a long seal by another laptop would, {@code look} reads.
     */
    private record Ward(DatabaseLocation location, Database laptop, Connection otherSeal, Connection look, PatientId mrn, Clinician ada)
            implements AutoCloseable {
        Exam exam(int n) {
            return SealWaitTest.exam(mrn, ada, n);
        }

        /** Takes the chain's lock on {@code otherSeal} until its {@code commit()}. */
        void holdChainLock() throws Exception {
            otherSeal.setAutoCommit(false);
            Sql.one(otherSeal, "SELECT pg_advisory_xact_lock(" + PostgresDialect.CHAIN_LOCK + ")::text", rs -> 1);
        }

        @Override
        public void close() throws Exception {
            try (laptop; otherSeal; look) {
                // closed in reverse order, each whatever the others do
            }
        }
    }

    private Ward ward(String mrnText) throws Exception {
        DatabaseLocation location = Backend.POSTGRESQL.emptyLocation(dir, "ward");
        Database laptop = Database.open(location, clock);
        PatientId mrn = new PatientId(mrnText);
        Clinician ada = wardWithPatient(laptop, mrn);
        return new Ward(location, laptop, Backend.raw(location), Backend.raw(location), mrn, ada);
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
        try (Ward w = ward("SYN-700")) {
            Exam exam = w.exam(0);
            String id = exam.id().toString();

            w.holdChainLock();
            w.laptop().write(s -> s.exams().add(exam, w.ada())); // returns although no seal can run: the lock is taken
            assertThat(exams(w.look(), id)).as("committed when told saved").isEqualTo(1);
            assertThat(count(w.look(), "chain_pending", id)).as("its entry, durable and waiting").isEqualTo(1);
            assertThat(count(w.look(), "record_chain", id)).isZero();
            Optional<ChainProblem> whilePending = w.laptop().read(s -> s.chain().verify());
            assertThat(whilePending).as("a pending entry that matches its record").isEmpty();

            w.otherSeal().commit(); // that seal ends without having taken it; the laptop's sealer then links it
            assertThat(w.laptop().awaitSealed(GUARD)).isTrue();
            assertLinkedOnce(w.laptop(), w.look(), id);
        }
    }

    @Test
    void aSealCutOffByTheServerIsRetriedAndNothingIsLostOrDoubled() throws Exception {
        try (Ward w = ward("SYN-701")) {
            Exam exam = w.exam(0);
            String id = exam.id().toString();

            w.holdChainLock();
            w.laptop().write(s -> s.exams().add(exam, w.ada()));
            int sealer = waitingSeal(w.look());
            // The server ends the sealer's session mid-seal (as a restart or a dropped network would).
            assertThat(Sql.one(w.look(), "SELECT pg_terminate_backend(?)", rs -> rs.getBoolean(1), sealer)).contains(true);
            Exam second = w.exam(1); // saves go on meanwhile, on their own connection
            w.laptop().write(s -> s.exams().add(second, w.ada()));
            assertThat(exams(w.look(), second.id().toString())).isEqualTo(1);

            w.otherSeal().commit();
            assertThat(w.laptop().awaitSealed(GUARD)).as("retried on a new connection").isTrue();
            assertLinkedOnce(w.laptop(), w.look(), id, second.id().toString());
        }
    }

    @Test
    void entriesALaptopLeftPendingAreSealedByAnotherLaptopsNextSave() throws Exception {
        try (Ward w = ward("SYN-702")) {
            Exam left = w.exam(0);

            w.holdChainLock();
            Database gone = Database.open(w.location(), clock);
            gone.write(s -> s.exams().add(left, w.ada()));
            gone.close(); // cannot seal while the lock is held: closes after its bounded wait, the entry left pending
            assertThat(count(w.look(), "chain_pending", left.id().toString())).isEqualTo(1);
            w.otherSeal().commit();

            Exam next = w.exam(1);
            w.laptop().write(s -> s.exams().add(next, w.ada()));
            assertThat(w.laptop().awaitSealed(GUARD)).isTrue();
            assertLinkedOnce(w.laptop(), w.look(), left.id().toString(), next.id().toString()); // left's by the laptop's seal
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
