package org.bedsideneuro.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.bedsideneuro.domain.account.AccessAction;
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
import org.bedsideneuro.domain.regimen.DoseUnit;
import org.bedsideneuro.domain.regimen.MedicationOrder;
import org.bedsideneuro.domain.regimen.OrderId;
import org.bedsideneuro.domain.regimen.Route;
import org.bedsideneuro.testdb.Backend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Records changed, inserted or deleted with plain SQL are found and named. */
@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class RecordChainTest {
    @Parameter
    Backend backend;

    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
    private final PatientId mrn = new PatientId("SYN-001");
    private Database db;
    private Exam exam;
    private MedicationOrder order;

    @BeforeEach
    void ward() {
        db = backend.open(dir, "ward", clock);
        exam = null;
        db.write(s -> {
            Clinician ada = s.clinicians().findOrCreate("Dr Ada Testwell", Role.NEUROLOGIST);
            s.patients().add(new Patient(mrn, "Example", "Erin", LocalDate.of(1950, 5, 1), Sex.FEMALE, "4B", "12"), ada);
            s.patients().update(new Patient(mrn, "Example", "Erin", LocalDate.of(1950, 5, 1), Sex.FEMALE, "4B", "14"), ada);
            exam = Exam.record(mrn, ExamKind.EXAM, OffsetDateTime.parse("2026-03-01T09:00:00Z"), ada,
                    List.of(new Finding(FindingCode.ANKLE_DORSIFLEXION, Side.LEFT, MrcGrade.FOUR)), "baseline");
            s.exams().add(exam, ada);
            order = new MedicationOrder(OrderId.random(), mrn, "morphine", new BigDecimal("10"), DoseUnit.MG, Route.ORAL,
                    new BigDecimal("4"), OffsetDateTime.parse("2026-03-01T08:00:00Z"), null, "");
            s.medications().add(order, ada);
            s.medications().stop(order.id(), OffsetDateTime.parse("2026-03-01T09:30:00Z"), ada);
            s.accessLog().record(ada, AccessAction.OPEN_PATIENT, mrn, "patient page");
            return null;
        });
        // On the ward server the entries are linked in the background; the tests below change linked entries by hand.
        assertThat(db.awaitSealed(Duration.ofMinutes(2))).isTrue();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Optional<ChainProblem> verify() {
        Optional<ChainProblem> p = db.read(s -> s.chain().verify());
        return p;
    }

    private void sql(String statement) throws Exception {
        try (Connection c = Backend.raw(backend.location(dir, "ward")); Statement st = c.createStatement()) {
            st.executeUpdate(statement);
        }
    }

    @Test
    void whatTheAppWroteVerifies() {
        assertThat(verify()).isEmpty();
    }

    @Test
    void aFindingChangedWithPlainSqlNamesItsExamAndPatient() throws Exception {
        sql("UPDATE finding SET value = '5' WHERE exam_id = '" + exam.id() + "'");
        ChainProblem p = verify().orElseThrow();
        assertThat(p.entity()).isEqualTo("exam");
        assertThat(p.entityId()).isEqualTo(exam.id().toString());
        assertThat(p.patientId()).isEqualTo("SYN-001");
        assertThat(p.describe()).contains("changed outside the app", "of patient SYN-001");
    }

    @Test
    void aFindingAddedOrRemovedWithPlainSqlNamesItsExamAmongOthers() throws Exception {
        // The check reads every exam with its findings as one stream; each exam must get exactly its own rows.
        Exam later = db.write(s -> {
            Clinician ada = s.clinicians().findOrCreate("Dr Ada Testwell", Role.NEUROLOGIST);
            Exam e = Exam.record(mrn, ExamKind.EXAM, OffsetDateTime.parse("2026-03-01T09:40:00Z"), ada,
                    List.of(new Finding(FindingCode.ANKLE_DORSIFLEXION, Side.LEFT, MrcGrade.FOUR),
                            new Finding(FindingCode.ANKLE_DORSIFLEXION, Side.RIGHT, MrcGrade.FIVE)), "");
            s.exams().add(e, ada);
            return e;
        });
        assertThat(verify()).isEmpty();
        sql("INSERT INTO finding (exam_id, code, side, value, note) VALUES ('" + exam.id() + "', '"
                + FindingCode.ANKLE_DORSIFLEXION.code() + "', 'R', '3', '')");
        assertThat(verify().orElseThrow()).satisfies(p -> {
            assertThat(p.entityId()).isEqualTo(exam.id().toString());
            assertThat(p.kind()).isEqualTo("was changed outside the app");
        });
        sql("DELETE FROM finding WHERE exam_id = '" + exam.id() + "' AND side = 'R'");
        assertThat(verify()).as("put back as it was").isEmpty();
        sql("DELETE FROM finding WHERE exam_id = '" + later.id() + "' AND side = 'R'");
        assertThat(verify().orElseThrow().entityId()).isEqualTo(later.id().toString());
    }

    @Test
    void findingsLeftWithoutTheirExamAreNamed() throws Exception {
        Assumptions.assumeTrue(backend == Backend.SQLITE,
                "PostgreSQL enforces the findings' key to their exam even for plain SQL: no finding can lose its exam there");
        sql("DELETE FROM exam_packed_findings WHERE exam_id = '" + exam.id() + "'");
        sql("DELETE FROM exam WHERE id = '" + exam.id() + "'"); // a raw connection does not enforce foreign keys
        ChainProblem p = verify().orElseThrow();
        assertThat(p.entity()).isEqualTo("exam");
        assertThat(p.entityId()).isEqualTo(exam.id().toString());
        assertThat(p.kind()).isEqualTo("was changed outside the app");
    }

    @Test
    void aRowInsertedWithPlainSqlIsNamed() throws Exception {
        sql("INSERT INTO audit_log (id, at, clinician_id, action, entity, entity_id, patient_id, detail)"
                + " SELECT 'forged-1', 0, id, 'create', 'exam', 'x', 'SYN-001', 'forged' FROM clinician");
        ChainProblem p = verify().orElseThrow();
        assertThat(p.entityId()).isEqualTo("forged-1");
        assertThat(p.kind()).isEqualTo("was inserted outside the app");
    }

    @Test
    void aRowDeletedWithPlainSqlIsNamed() throws Exception {
        sql("DELETE FROM medication_order WHERE id = '" + order.id() + "'");
        ChainProblem p = verify().orElseThrow();
        assertThat(p.entity()).isEqualTo("order");
        assertThat(p.entityId()).isEqualTo(order.id().toString());
        assertThat(p.kind()).isEqualTo("was deleted outside the app");
    }

    @Test
    void aPatientEditedInPlaceIsCheckedAgainstItsNewestEntryAndAChangedStopTimeIsFound() throws Exception {
        sql("UPDATE patient SET bed = '12' WHERE id = 'SYN-001'");
        assertThat(verify().orElseThrow().entity()).isEqualTo("patient");
        sql("UPDATE patient SET bed = '14' WHERE id = 'SYN-001'");
        assertThat(verify()).isEmpty();
        sql("UPDATE medication_order SET stop_at = NULL, stop_offset = NULL");
        assertThat(verify().orElseThrow().entityId()).isEqualTo(order.id().toString());
    }

    @Test
    void aChainEntryRemovedOrRewrittenIsFound() throws Exception {
        sql("UPDATE record_chain SET patient_id = 'SYN-999' WHERE seq = 2");
        assertThat(verify().orElseThrow().kind()).contains("chain entry changed");
        sql("UPDATE record_chain SET patient_id = 'SYN-001' WHERE seq = 2");
        sql("DELETE FROM record_chain WHERE seq = 3");
        assertThat(verify().orElseThrow().kind()).contains("removed chain entry");
    }

    @Test
    void recordsThatExistedBeforeTheChainAreSealedOnceAtTheUpgrade() throws Exception {
        // The seal runs only in the migration step that creates the chain: emptying it later does not re-seal.
        sql("DELETE FROM record_chain");
        db.close();
        db = backend.open(dir, "ward", clock);
        assertThat(verify().orElseThrow().kind()).isEqualTo("was inserted outside the app");
    }

    @Test
    void theUpgradeThatCreatesTheChainSealsTheRecordsAlreadyThere() throws Exception {
        db.close();
        // Back to schema 5: the tables of V6 and later go, and so do their lines in Flyway's history (V10's rebuilt
        // medication_order stays: V10 rebuilds it again from the columns V1 made).
        sql("DROP TABLE ehr_source");
        sql("DROP TABLE parenteral_factor_choice");
        sql("DROP TABLE administration_void");
        sql("DROP TABLE administration");
        sql("DROP TABLE chain_pending");
        sql("DROP TABLE exam_packed_findings");
        sql("DROP TABLE exam_signature");
        sql("DROP TABLE record_chain");
        sql("DELETE FROM flyway_schema_history WHERE installed_rank >= (SELECT h.installed_rank FROM flyway_schema_history h WHERE h.version = '6')");
        db = backend.open(dir, "ward", clock);
        assertThat(verify()).isEmpty();
        long entries = db.read(s -> Sql.one(s.connection(), "SELECT COUNT(*) FROM record_chain", rs -> rs.getLong(1)).orElseThrow());
        assertThat(entries).isGreaterThanOrEqualTo(6);
    }
}
