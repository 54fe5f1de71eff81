package org.bedsideneuro.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.exam.ExamKind;
import org.bedsideneuro.domain.exam.ExamStatus;
import org.bedsideneuro.domain.exam.RecordedExam;
import org.bedsideneuro.domain.finding.Finding;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.MrcGrade;
import org.bedsideneuro.domain.finding.NumericValue;
import org.bedsideneuro.domain.finding.ReflexGrade;
import org.bedsideneuro.domain.finding.Side;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.domain.patient.Sex;
import org.bedsideneuro.testdb.Backend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class ExamRepositoryTest {
    @Parameter
    Backend backend;

    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
    private final PatientId mrn = new PatientId("SYN-001");
    private Database db;
    private Clinician neurologist;
    private Clinician nurse;

    @BeforeEach
    void openWard() {
        db = backend.open(dir, "ward", clock);
        db.write(s -> {
            neurologist = s.clinicians().findOrCreate("Dr Ada Testwell", Role.NEUROLOGIST);
            nurse = s.clinicians().findOrCreate("Nurse Ben Sample", Role.NURSE);
            s.patients().add(new Patient(mrn, "Example", "Erin", LocalDate.of(1950, 5, 1), Sex.FEMALE, "Neuro 4B", "12"), neurologist);
            return null;
        });
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** A second neurologist: amending an exam is a neurologist's. */
    private Clinician s2() {
        return db.write(s -> s.clinicians().findOrCreate("Dr Ben Second", Role.NEUROLOGIST));
    }

    private List<Exam> current() {
        return db.read(s -> s.exams().current(mrn));
    }

    private List<RecordedExam> history() {
        return db.read(s -> s.exams().history(mrn));
    }

    private Exam exam(String time, MrcGrade leftDorsiflexion) {
        return Exam.record(mrn, ExamKind.EXAM, OffsetDateTime.parse(time), neurologist, List.of(
                new Finding(FindingCode.ANKLE_DORSIFLEXION, Side.LEFT, leftDorsiflexion),
                new Finding(FindingCode.ANKLE_DORSIFLEXION, Side.RIGHT, MrcGrade.FIVE),
                new Finding(FindingCode.ACHILLES_REFLEX, Side.LEFT, ReflexGrade.REDUCED, "after reinforcement")), "baseline round");
    }

    @Test
    void aSavedExamReadsBackExactlyWithItsOffset() {
        Exam saved = exam("2026-02-20T09:15:00+01:00", MrcGrade.FOUR_PLUS);
        db.write(s -> { s.exams().add(saved, neurologist); return null; });

        List<Exam> current = db.read(s -> s.exams().current(mrn));
        assertThat(current).hasSize(1);
        Exam read = current.get(0);
        assertThat(read.recordedAt()).isEqualTo(saved.recordedAt());
        assertThat(read.recordedAt().getOffset()).isEqualTo(ZoneOffset.ofHours(1));
        assertThat(read.findings()).containsExactlyInAnyOrderElementsOf(saved.findings());
        assertThat(read.recordedBy()).isEqualTo(neurologist);
        assertThat(read.note()).isEqualTo("baseline round");
    }

    private static Exam asBaseline(Exam e) {
        return new Exam(e.id(), e.patientId(), e.kind(), e.recordedAt(), e.recordedBy(), e.findings(), e.note(), true, null);
    }

    @Test
    void examsRepeatingEarlierFindingsAndFreeTextWithTabsReadBackExactly() {
        // The read shares the findings of a repeated packed text and joins the fixed columns with tabs:
        // repeats, alternations and a note and reason full of separators must all come back as saved.
        List<Exam> saved = List.of(exam("2026-02-20T09:15:00+01:00", MrcGrade.FOUR_PLUS), exam("2026-02-21T09:15:00+01:00", MrcGrade.FOUR_PLUS),
                asBaseline(exam("2026-02-22T09:15:00Z", MrcGrade.THREE)), exam("2026-02-23T09:15:00-05:00", MrcGrade.FOUR),
                Exam.record(mrn, ExamKind.EXAM, OffsetDateTime.parse("2026-02-24T09:15:00Z"), neurologist, List.of(
                        new Finding(FindingCode.ANKLE_DORSIFLEXION, Side.LEFT, MrcGrade.FOUR_PLUS, "tab\there\nnewline \\ back")),
                        "note\twith\ttabs\nand lines"));
        db.write(s -> {
            for (Exam e : saved) {
                s.exams().add(e, neurologist);
            }
            return null;
        });
        Exam amended = saved.get(1).amend(saved.get(0).findings(), "", neurologist, clock.instant(), "reason\twith a tab");
        db.write(s -> { s.exams().amend(amended); return null; });

        List<Exam> expected = List.of(saved.get(0), amended, saved.get(2), saved.get(3), saved.get(4));
        List<Exam> current = current();
        assertThat(current).extracting(Exam::id).containsExactlyElementsOf(expected.stream().map(Exam::id).toList());
        for (int i = 0; i < expected.size(); i++) {
            Exam read = current.get(i);
            Exam want = expected.get(i);
            assertThat(read.findings()).containsExactlyInAnyOrderElementsOf(want.findings());
            assertThat(read.recordedAt()).isEqualTo(want.recordedAt());
            assertThat(read.note()).isEqualTo(want.note());
            assertThat(read.patientId()).isEqualTo(mrn);
            assertThat(read.recordedBy()).isEqualTo(neurologist);
            assertThat(read.baseline()).isEqualTo(want.baseline());
            assertThat(read.amendment()).isEqualTo(want.amendment());
        }
        assertThat(current).extracting(Exam::baseline).containsExactly(false, false, true, false, false);
        assertThat(current.get(1).amendment().reason()).isEqualTo("reason\twith a tab");
        assertThat(current.get(4).note()).isEqualTo("note\twith\ttabs\nand lines");
        assertThat(current.get(4).findings().get(0).note()).isEqualTo("tab\there\nnewline \\ back");
        assertThat(history()).extracting(RecordedExam::status).containsExactlyInAnyOrder(ExamStatus.CURRENT, ExamStatus.CURRENT,
                ExamStatus.CURRENT, ExamStatus.CURRENT, ExamStatus.CURRENT, ExamStatus.AMENDED);
    }

    @Test
    void anAmendmentKeepsTheOriginalVisibleInTheHistory() {
        Exam original = exam("2026-02-20T09:15:00+01:00", MrcGrade.FOUR_PLUS);
        db.write(s -> { s.exams().add(original, neurologist); return null; });
        Exam amended = original.amend(List.of(new Finding(FindingCode.ANKLE_DORSIFLEXION, Side.LEFT, MrcGrade.FOUR)), "",
                neurologist, clock.instant(), "left and right swapped");
        db.write(s -> { s.exams().amend(amended); return null; });

        List<RecordedExam> history = db.read(s -> s.exams().history(mrn));
        assertThat(history).extracting(RecordedExam::status).containsExactlyInAnyOrder(ExamStatus.CURRENT, ExamStatus.AMENDED);
        RecordedExam old = history.stream().filter(r -> r.status() == ExamStatus.AMENDED).findFirst().orElseThrow();
        assertThat(old.exam().value(FindingCode.ANKLE_DORSIFLEXION, Side.LEFT)).contains(MrcGrade.FOUR_PLUS);
        assertThat(current()).singleElement()
                .satisfies(e -> assertThat(e.amendment().reason()).isEqualTo("left and right swapped"));
    }

    @Test
    void aSecondAmendmentOfTheSameVersionIsRefusedAndNamesTheFirstAuthor() {
        Exam original = exam("2026-02-20T09:15:00+01:00", MrcGrade.FOUR_PLUS);
        db.write(s -> { s.exams().add(original, neurologist); return null; });
        Exam first = original.amend(original.findings(), "first", neurologist, clock.instant(), "typo");
        Exam second = original.amend(original.findings(), "second", s2(),  clock.instant(), "another typo");
        db.write(s -> { s.exams().amend(first); return null; });

        assertThatThrownBy(() -> db.write(s -> { s.exams().amend(second); return null; }))
                .isInstanceOf(RecordConflictException.class)
                .hasMessageContaining("Dr Ada Testwell");
        assertThat(history()).hasSize(2);
    }

    @Test
    void aVoidedExamLeavesTheCurrentListButStaysInTheHistory() {
        Exam wrongPatient = exam("2026-02-21T09:15:00Z", MrcGrade.THREE);
        db.write(s -> { s.exams().add(wrongPatient, neurologist); return null; });
        db.write(s -> { s.exams().voidExam(wrongPatient.id(), neurologist, "entered for the wrong patient"); return null; });

        assertThat(current()).isEmpty();
        assertThat(history()).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(ExamStatus.VOIDED));
    }

    @Test
    void anExamInTheFutureIsRefusedAndNothingIsWritten() {
        Exam future = exam("2026-03-02T09:00:00Z", MrcGrade.FIVE);
        assertThatThrownBy(() -> db.write(s -> { s.exams().add(future, neurologist); return null; }))
                .hasMessageContaining("in the future");
        assertThat(db.check().counts()).containsEntry("exam", 0L).containsEntry("finding", 0L);
    }

    @Test
    void aFailureHalfwayThroughAUnitOfWorkWritesNothing() {
        assertThatThrownBy(() -> db.write(s -> {
            s.exams().add(exam("2026-02-20T09:15:00Z", MrcGrade.FOUR), neurologist);
            throw new IllegalStateException("power cut simulated in the middle of the save");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(db.check().counts()).containsEntry("exam", 0L).containsEntry("finding", 0L);
    }

    @Test
    void everyWriteIsInTheAuditTrailWithWhoAndWhen() {
        db.write(s -> { s.exams().add(exam("2026-02-20T09:15:00Z", MrcGrade.FOUR), neurologist); return null; });
        List<AuditEntry> trail = db.read(s -> s.audit().forPatient(mrn));
        assertThat(trail).extracting(AuditEntry::action).containsExactly("create", "create");
        assertThat(trail).allSatisfy(a -> {
            assertThat(a.by()).isEqualTo(neurologist);
            assertThat(a.at()).isEqualTo(clock.instant());
        });
    }

    @Test
    void lastRecordedTimeIsPerPatient() {
        db.write(s -> {
            s.exams().add(exam("2026-02-20T09:15:00Z", MrcGrade.FOUR), neurologist);
            s.exams().add(Exam.record(mrn, ExamKind.OBSERVATION, OffsetDateTime.parse("2026-02-28T22:00:00Z"), nurse,
                    List.of(Finding.unsided(FindingCode.JERK_COUNT, NumericValue.of(0)),
                            Finding.unsided(FindingCode.WINDOW_MINUTES, NumericValue.of(5))), ""), nurse);
            return null;
        });
        assertThat(db.<Map<PatientId, Instant>>read(s -> s.exams().lastRecorded())).containsEntry(mrn, Instant.parse("2026-02-28T22:00:00Z"));
    }

    @Test
    void lastRecordedTimeSkipsWithdrawnExamsAndLeavesOutPatientsNeverExamined() {
        Exam older = exam("2026-02-20T09:15:00Z", MrcGrade.FOUR);
        Exam newer = exam("2026-02-27T09:15:00Z", MrcGrade.FOUR);
        db.write(s -> {
            s.exams().add(older, neurologist);
            s.exams().add(newer, neurologist);
            s.exams().voidExam(newer.id(), neurologist, "wrong patient");
            return null;
        });
        Map<PatientId, Instant> last = db.read(s -> s.exams().lastRecorded());
        assertThat(last).containsExactly(Map.entry(mrn, Instant.parse("2026-02-20T09:15:00Z")));
    }
}
