package org.bedsideneuro.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
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
import org.bedsideneuro.domain.exam.RecordedExam;
import org.bedsideneuro.domain.finding.Finding;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.MrcGrade;
import org.bedsideneuro.domain.finding.Side;
import org.bedsideneuro.domain.finding.YesNo;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.domain.patient.Sex;
import org.bedsideneuro.testdb.Backend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The packed findings (V8): written with every exam, filled once for the exams stored before V8. */
@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class PackedFindingsUpgradeTest {
    @Parameter
    Backend backend;

    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
    private final PatientId mrn = new PatientId("SYN-008");
    private Database db;

    @AfterEach
    void close() {
        db.close();
    }

    private void sql(String statement) throws Exception {
        try (Connection c = Backend.raw(backend.location(dir, "ward")); Statement st = c.createStatement()) {
            st.executeUpdate(statement);
        }
    }

    private long count(String table) {
        return db.read(s -> Sql.one(s.connection(), "SELECT COUNT(*) FROM " + table, rs -> rs.getLong(1)).orElseThrow());
    }

    @Test
    void everyVersionReadsBackTheSameBeforeAndAfterTheUpgradeFillsTheTable() throws Exception {
        db = backend.open(dir, "ward", clock);
        db.write(s -> {
            Clinician ada = s.clinicians().findOrCreate("Dr Ada Testwell", Role.NEUROLOGIST);
            Clinician nurse = s.clinicians().findOrCreate("Nurse Noor Example", Role.NURSE);
            s.patients().add(new Patient(mrn, "Example", "Erin", LocalDate.of(1950, 5, 1), Sex.FEMALE, "4B", "12"), ada);
            Exam first = Exam.record(mrn, ExamKind.EXAM, OffsetDateTime.parse("2026-03-01T08:00:00Z"), ada,
                    List.of(new Finding(FindingCode.ANKLE_DORSIFLEXION, Side.LEFT, MrcGrade.FOUR, "tired\tafter physio"),
                            new Finding(FindingCode.ANKLE_DORSIFLEXION, Side.RIGHT, MrcGrade.FIVE)), "baseline");
            s.exams().add(first, ada);
            s.exams().amend(first.amend(List.of(new Finding(FindingCode.ANKLE_DORSIFLEXION, Side.LEFT, MrcGrade.FOUR_MINUS),
                    new Finding(FindingCode.ANKLE_DORSIFLEXION, Side.RIGHT, MrcGrade.FIVE)), "baseline", ada, clock.instant(), "left was 4-"));
            s.exams().add(Exam.record(mrn, ExamKind.OBSERVATION, OffsetDateTime.parse("2026-03-01T09:00:00Z"), nurse,
                    List.of(Finding.unsided(FindingCode.HALLUCINATIONS, YesNo.NO)), ""), nurse);
            return null;
        });
        List<RecordedExam> before = db.read(s -> s.exams().history(mrn));
        List<Exam> currentBefore = db.read(s -> s.exams().current(mrn));
        assertThat(count("exam_packed_findings")).as("one packed row per exam version, written with it").isEqualTo(3);
        db.close();

        // Back to schema 7: the tables of V8 and later go, and so do their lines in Flyway's history; opening upgrades again
        // (V10's rebuilt medication_order stays: V10 rebuilds it again from the columns V1 made).
        sql("DROP TABLE ehr_source");
        sql("DROP TABLE parenteral_factor_choice");
        sql("DROP TABLE administration_void");
        sql("DROP TABLE administration");
        sql("DROP TABLE chain_pending");
        sql("DROP TABLE exam_packed_findings");
        sql("DELETE FROM flyway_schema_history WHERE version IN ('8', '9', '10', '11', '12')");
        db = backend.open(dir, "ward", clock);

        assertThat(count("exam_packed_findings")).isEqualTo(3);
        List<RecordedExam> after = db.read(s -> s.exams().history(mrn));
        List<Exam> currentAfter = db.read(s -> s.exams().current(mrn));
        assertThat(after).isEqualTo(before);
        assertThat(currentAfter).isEqualTo(currentBefore);
        assertThat(currentBefore).hasSize(2);
        assertThat(currentBefore.get(0).findings()).extracting(Finding::value).containsExactly(MrcGrade.FOUR_MINUS, MrcGrade.FIVE);
    }

    @Test
    void anExamWithoutAPackedRowIsStillReadFromItsFindings() throws Exception {
        db = backend.open(dir, "ward", clock);
        Exam exam = db.write(s -> {
            Clinician ada = s.clinicians().findOrCreate("Dr Ada Testwell", Role.NEUROLOGIST);
            s.patients().add(new Patient(mrn, "Example", "Erin", LocalDate.of(1950, 5, 1), Sex.FEMALE, "4B", "12"), ada);
            Exam e = Exam.record(mrn, ExamKind.EXAM, OffsetDateTime.parse("2026-03-01T08:00:00Z"), ada,
                    List.of(new Finding(FindingCode.ANKLE_DORSIFLEXION, Side.LEFT, MrcGrade.FOUR)), "");
            s.exams().add(e, ada);
            return e;
        });
        db.close();
        sql("DELETE FROM exam_packed_findings");
        db = backend.open(dir, "ward", clock);
        List<Exam> read = db.read(s -> s.exams().current(mrn));
        assertThat(read).singleElement().satisfies(e -> assertThat(e.findings()).isEqualTo(exam.findings()));
    }

    @Test
    void packedFindingsChangedOutsideTheAppAreFoundByTheCheck() throws Exception {
        db = backend.open(dir, "ward", clock);
        Exam exam = db.write(s -> {
            Clinician ada = s.clinicians().findOrCreate("Dr Ada Testwell", Role.NEUROLOGIST);
            s.patients().add(new Patient(mrn, "Example", "Erin", LocalDate.of(1950, 5, 1), Sex.FEMALE, "4B", "12"), ada);
            Exam e = Exam.record(mrn, ExamKind.EXAM, OffsetDateTime.parse("2026-03-01T08:00:00Z"), ada,
                    List.of(new Finding(FindingCode.ANKLE_DORSIFLEXION, Side.LEFT, MrcGrade.FOUR)), "");
            s.exams().add(e, ada);
            return e;
        });
        Optional<ChainProblem> before = db.read(s -> s.chain().verify());
        assertThat(before).isEmpty();
        db.close();
        // What the window reads says 5 while the sealed finding row still says 4.
        sql("UPDATE exam_packed_findings SET findings = 'strength.ankle_dorsiflexion\tL\t5\t' WHERE exam_id = '" + exam.id() + "'");
        db = backend.open(dir, "ward", clock);
        Optional<ChainProblem> after = db.read(s -> s.chain().verify());
        assertThat(after).hasValueSatisfying(p -> {
            assertThat(p.entityId()).isEqualTo(exam.id().toString());
            assertThat(p.describe()).contains("packed findings", "patient SYN-008");
        });
    }
}
