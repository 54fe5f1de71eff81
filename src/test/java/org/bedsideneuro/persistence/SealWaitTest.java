package org.bedsideneuro.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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
 * The seal after a save on the ward server (V9, issue #12 point 8) while another seal holds the chain's lock: the save
 * is committed, waits for that seal without queueing for the lock, looks again, and seals its entries itself when the
 * other seal did not take them; it is told "saved" only once they are sealed. PostgreSQL only: SQLite links entries
 * inside the write.
 */
class SealWaitTest {
    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);

    private static long pending(Connection c, String examId) throws Exception {
        return Sql.one(c, "SELECT COUNT(*) FROM chain_pending WHERE entity_id = ?", rs -> rs.getLong(1), examId).orElseThrow();
    }

    @Test
    void aSaveWhileAnotherSealHoldsTheChainWaitsAndIsSealedOnceTheLockIsFree() throws Exception {
        DatabaseLocation location = Backend.POSTGRESQL.emptyLocation(dir, "ward");
        try (Database laptop = Database.open(location, clock); Connection otherSeal = Backend.raw(location);
             Connection look = Backend.raw(location)) {
            Clinician ada = laptop.write(s -> s.clinicians().findOrCreate("Dr Ada Testwell", Role.NEUROLOGIST));
            PatientId mrn = new PatientId("SYN-700");
            laptop.write(s -> {
                s.patients().add(new Patient(mrn, "Example", "Erin", LocalDate.of(1950, 5, 1), Sex.FEMALE, "4B", "1"), ada);
                return null;
            });
            Exam exam = Exam.record(mrn, ExamKind.EXAM, OffsetDateTime.parse("2026-03-01T09:00:00Z"), ada,
                    List.of(new Finding(FindingCode.ANKLE_DORSIFLEXION, Side.LEFT, MrcGrade.FOUR)), "while another seals");

            otherSeal.setAutoCommit(false);
            Sql.one(otherSeal, "SELECT pg_advisory_xact_lock(" + PostgresDialect.CHAIN_LOCK + ")::text", rs -> 1);
            ExecutorService pool = Executors.newSingleThreadExecutor();
            try {
                Future<?> save = pool.submit(() -> laptop.write(s -> s.exams().add(exam, ada)));
                // Committed, entries queued: the save now waits for the seal that holds the chain.
                while (pending(look, exam.id().toString()) == 0 && !save.isDone()) {
                    Thread.sleep(20);
                }
                assertThat(pending(look, exam.id().toString())).isEqualTo(1); // the exam's entry, queued
                assertThat(save.isDone()).as("told saved before its entries are sealed").isFalse();

                otherSeal.commit(); // that seal ends without having taken them
                save.get(2, TimeUnit.MINUTES); // a guard against a hang, not a measure of speed
            } finally {
                pool.shutdownNow();
            }
            assertThat(pending(look, exam.id().toString())).isZero();
            long sealed = Sql.one(look, "SELECT COUNT(*) FROM record_chain WHERE entity_id = ?", rs -> rs.getLong(1),
                    exam.id().toString()).orElseThrow();
            assertThat(sealed).isEqualTo(1);
            Optional<ChainProblem> problem = laptop.read(s -> s.chain().verify());
            assertThat(problem).isEmpty();
        }
    }
}
