package org.bedsideneuro.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
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
 * Group sealing of the hash chain on the ward server (V9): many laptops saving at once, each
 * told "saved" once committed and sealing in the background, leave one chain that verifies, with every record sealed
 * exactly once and nothing pending once their sealers are done; a record changed while its entry still waits to be
 * sealed is found all the same, and the seal that comes later does not hide it.
 */
class GroupSealTest {
    private static final int WRITERS = 12;
    private static final int SAVES_EACH = 5;

    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void concurrentSavesOnTheServerAreEachSealedOnceAndTheChainVerifies() throws Exception {
        DatabaseLocation location = Backend.POSTGRESQL.emptyLocation(dir, "ward");
        List<Database> laptops = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            laptops.add(Database.open(location, clock));
        }
        try {
            Clinician ada = laptops.get(0).write(s -> s.clinicians().findOrCreate("Dr Ada Testwell", Role.NEUROLOGIST));
            CyclicBarrier start = new CyclicBarrier(WRITERS);
            ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
            try {
                List<Future<?>> saves = new ArrayList<>();
                for (int w = 0; w < WRITERS; w++) {
                    Database laptop = laptops.get(w);
                    int writer = w;
                    saves.add(pool.submit(() -> {
                        start.await(30, TimeUnit.SECONDS);
                        PatientId mrn = new PatientId("SYN-" + (100 + writer));
                        laptop.write(s -> {
                            s.patients().add(new Patient(mrn, "Example", "Erin", LocalDate.of(1950, 5, 1), Sex.FEMALE, "4B", "" + writer), ada);
                            return null;
                        });
                        for (int n = 0; n < SAVES_EACH; n++) {
                            Exam exam = Exam.record(mrn, ExamKind.EXAM, OffsetDateTime.parse("2026-03-01T09:00:00Z").plusMinutes(n), ada,
                                    List.of(new Finding(FindingCode.ANKLE_DORSIFLEXION, Side.LEFT, MrcGrade.FOUR)), "save " + n);
                            laptop.write(s -> {
                                s.exams().add(exam, ada);
                                return null;
                            });
                            // Told "saved": committed; its entries are sealed in the background, by its sealer or another's.
                            assertThat(laptop.read(s -> Sql.one(s.connection(), "SELECT COUNT(*) FROM exam WHERE id = ?",
                                    rs -> rs.getLong(1), exam.id().toString())).orElseThrow()).isEqualTo(1);
                        }
                        return null;
                    }));
                }
                for (Future<?> save : saves) {
                    save.get(5, TimeUnit.MINUTES);
                }
            } finally {
                pool.shutdownNow();
            }
            for (Database laptop : laptops) {
                assertThat(laptop.awaitSealed(Duration.ofMinutes(2))).isTrue(); // a guard against a hang
            }
            Database db = laptops.get(0);
            Optional<ChainProblem> problem = db.read(s -> s.chain().verify());
            assertThat(problem).isEmpty();
            long waiting = db.read(s -> s.chain().pendingCount());
            assertThat(waiting).isZero();
            try (Connection c = Backend.raw(location); Statement st = c.createStatement()) {
                Set<String> chained = new HashSet<>();
                long entries = 0;
                long expectedSeq = 1;
                try (ResultSet rs = st.executeQuery("SELECT seq, entity, entity_id FROM record_chain WHERE entity = 'exam' OR entity = 'patient' ORDER BY seq")) {
                    while (rs.next()) {
                        assertThat(chained.add(rs.getString(2) + ":" + rs.getString(3))).as("sealed once: " + rs.getString(3)).isTrue();
                        entries++;
                    }
                }
                assertThat(entries).isEqualTo(WRITERS + (long) WRITERS * SAVES_EACH);
                try (ResultSet rs = st.executeQuery("SELECT seq FROM record_chain ORDER BY seq")) {
                    while (rs.next()) {
                        assertThat(rs.getLong(1)).isEqualTo(expectedSeq++);
                    }
                }
                try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM exam")) {
                    rs.next();
                    assertThat(rs.getLong(1)).isEqualTo((long) WRITERS * SAVES_EACH);
                }
            }
        } finally {
            laptops.forEach(Database::close);
        }
    }

    @Test
    void aRecordChangedBeforeItsEntryIsSealedIsFoundAndStillFoundAfterTheSeal() throws Exception {
        DatabaseLocation location = Backend.POSTGRESQL.emptyLocation(dir, "ward");
        try (Database db = Database.open(location, clock)) {
            PatientId mrn = new PatientId("SYN-001");
            Clinician ada = db.write(s -> s.clinicians().findOrCreate("Dr Ada Testwell", Role.NEUROLOGIST));
            db.write(s -> {
                s.patients().add(new Patient(mrn, "Example", "Erin", LocalDate.of(1950, 5, 1), Sex.FEMALE, "4B", "12"), ada);
                return null;
            });
            // The laptop's own entries linked first (its sealer works in the background), so that the one left pending
            // below is the only one.
            assertThat(db.awaitSealed(Duration.ofMinutes(1))).isTrue();
            try (Connection c = Backend.raw(location); Statement st = c.createStatement()) {
                // A second patient and its pending entry, by hand, exactly as a save whose seal failed leaves them.
                st.execute("INSERT INTO patient (id, family_name, given_name, birth_date, sex, ward, bed, created_at, created_by, updated_at, updated_by)"
                        + " SELECT 'SYN-002', family_name, given_name, birth_date, sex, ward, bed, created_at, created_by, updated_at, updated_by"
                        + " FROM patient WHERE id = 'SYN-001'");
            }
            ChainedTables.Hashed second = db.read(s -> ChainedTables.one(s.connection(), ChainedTables.byEntity("patient"), "SYN-002"));
            try (Connection c = Backend.raw(location); Statement st = c.createStatement()) {
                st.execute("INSERT INTO chain_pending (id, batch, entity, entity_id, patient_id, content_hash, queued_at) VALUES"
                        + " ('b-000000', 'b', 'patient', 'SYN-002', 'SYN-002', '" + second.contentHash() + "', 0)");
            }
            Optional<ChainProblem> none = db.read(s -> s.chain().verify());
            assertThat(none).as("a pending entry that matches its record is not a problem").isEmpty();
            long waiting = db.read(s -> s.chain().pendingCount());
            assertThat(waiting).isEqualTo(1);

            try (Connection c = Backend.raw(location); Statement st = c.createStatement()) {
                st.execute("UPDATE patient SET bed = '99' WHERE id = 'SYN-002'");
            }
            Optional<ChainProblem> found = db.read(s -> s.chain().verify());
            assertThat(found).isPresent();
            assertThat(found.get().entityId()).isEqualTo("SYN-002");
            assertThat(found.get().kind()).isEqualTo("was changed outside the app");

            // Sealed later (by 'check' or the next save): the entry is linked with the hash queued, not today's content.
            assertThat(db.sealChain()).isEqualTo(1);
            long left = db.read(s -> s.chain().pendingCount());
            assertThat(left).isZero();
            Optional<ChainProblem> after = db.read(s -> s.chain().verify());
            assertThat(after).isPresent();
            assertThat(after.get().entityId()).isEqualTo("SYN-002");
            assertThat(after.get().seq()).isPositive();
        }
    }
}
