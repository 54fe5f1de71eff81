package org.bedsideneuro.ui.ncs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.exam.ExamKind;
import org.bedsideneuro.domain.finding.Finding;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.NoResponse;
import org.bedsideneuro.domain.finding.Side;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.persistence.Database;
import org.bedsideneuro.service.WardRecords;
import org.bedsideneuro.ui.FxTestSupport;
import org.bedsideneuro.ui.SyntheticWard;
import org.bedsideneuro.ui.common.BackgroundRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The study form and the serial flowsheet without a window. */
class StudyFormViewModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private Database db;
    private final BackgroundRunner runner = new BackgroundRunner();
    private Clinician neurologist;
    private Patient ann;

    @BeforeAll
    static void toolkit() {
        FxTestSupport.startToolkit();
    }

    @BeforeEach
    void ward() {
        db = Database.open(dir.resolve("ward.db"), CLOCK);
        SyntheticWard ward = new SyntheticWard(db);
        neurologist = ward.clinician("Dr Form Test", Role.NEUROLOGIST);
        ann = ward.patient("MRN-2001", "Amberley", "Ann", LocalDate.of(1955, 3, 2), "12", neurologist);
    }

    @AfterEach
    void close() {
        runner.close();
        db.close();
    }

    private StudyFormViewModel form() {
        return FxTestSupport.onFx(() -> new StudyFormViewModel(ann, WardRecords.of(db), neurologist, CLOCK, runner));
    }

    private void study(String at, String lab, String sural, String suralLln) {
        db.write(s -> {
            s.exams().add(Exam.record(ann.id(), ExamKind.EXAM, OffsetDateTime.parse(at), neurologist, List.of(
                    new Finding(FindingCode.SURAL_SNAP, Side.LEFT, FindingCode.SURAL_SNAP.parseValue(sural)),
                    new Finding(FindingCode.SURAL_SNAP_LLN, Side.LEFT, FindingCode.SURAL_SNAP_LLN.parseValue(suralLln))), lab), neurologist);
            return null;
        });
    }

    @Test
    void aValueBelowTheLowerLimitBesideItIsMarkedAsItIsTyped() {
        StudyFormViewModel form = form();
        StudyField sural = form.field(FindingCode.SURAL_SNAP, Side.LEFT);
        FxTestSupport.onFx(() -> sural.textProperty().set("3"));
        assertThat(sural.statusProperty().get()).isEqualTo("lower limit not recorded");
        assertThat(sural.belowProperty().get()).isFalse();
        FxTestSupport.onFx(() -> form.field(FindingCode.SURAL_SNAP_LLN, Side.LEFT).textProperty().set("4"));
        assertThat(sural.belowProperty().get()).isTrue();
        assertThat(sural.statusProperty().get()).contains("below its lower limit");
        FxTestSupport.onFx(() -> sural.textProperty().set("absent"));
        assertThat(sural.belowProperty().get()).isTrue();
        FxTestSupport.onFx(() -> form.field(FindingCode.SURAL_SNAP_LLN, Side.LEFT).textProperty().set("0"));
        assertThat(sural.belowProperty().get()).as("a lower limit of 0: absent is normal").isFalse();
        FxTestSupport.onFx(() -> sural.textProperty().set("-1"));
        assertThat(sural.invalidProperty().get()).isTrue();
        assertThat(sural.statusProperty().get()).contains("an amplitude cannot be negative");
    }

    @Test
    void badValuesAndAFutureDateAreRefusedWithClearMessagesAndNothingIsSaved() {
        StudyFormViewModel form = form();
        FxTestSupport.onFx(() -> {
            form.field(FindingCode.SURAL_CV, Side.RIGHT).textProperty().set("95");
            form.field(FindingCode.PERONEAL_CMAP, Side.LEFT).textProperty().set("-2");
            form.dateProperty().set("2026-03-02");
            form.save(saved -> { });
        });
        FxTestSupport.awaitQuiet(runner);
        assertThat(form.formErrorProperty().get()).contains("Sural conduction velocity (m/s)").contains("5 to 90")
                .contains("an amplitude cannot be negative").contains("2026-03-02 10:00 is in the future");
        List<Exam> none = db.read(s -> s.exams().current(ann.id()));
        assertThat(none).isEmpty();
    }

    @Test
    void aStudySavesWithItsLaboratoryExaminerAndAValueWithoutItsLowerLimit() {
        StudyFormViewModel form = form();
        AtomicReference<Exam> saved = new AtomicReference<>();
        FxTestSupport.onFx(() -> {
            form.dateProperty().set("2026-02-20");
            form.timeProperty().set("14:30");
            form.laboratoryProperty().set("City neurophysiology lab");
            form.examinerProperty().set("Dr Emg Elsewhere");
            form.field(FindingCode.SURAL_SNAP, Side.LEFT).textProperty().set("absent");
            form.field(FindingCode.SURAL_SNAP_LLN, Side.LEFT).textProperty().set("4");
            form.field(FindingCode.TIBIAL_CMAP, Side.RIGHT).textProperty().set("6.5");
            form.save(saved::set);
        });
        FxTestSupport.awaitQuiet(runner);
        assertThat(form.formErrorProperty().get()).isEmpty();
        Exam stored = db.read(s -> s.exams().current(ann.id())).get(0);
        assertThat(stored).isEqualTo(saved.get());
        assertThat(stored.note()).isEqualTo("City neurophysiology lab");
        assertThat(stored.recordedBy().displayName()).isEqualTo("Dr Emg Elsewhere");
        assertThat(stored.recordedAt()).isEqualTo(OffsetDateTime.parse("2026-02-20T14:30:00Z"));
        assertThat(stored.value(FindingCode.SURAL_SNAP, Side.LEFT)).contains(NoResponse.ABSENT);
        assertThat(stored.value(FindingCode.TIBIAL_CMAP_LLN, Side.RIGHT)).isEmpty();
        assertThat(stored.isNerveConductionStudy()).isTrue();
        List<?> audit = db.read(s -> s.audit().forPatient(ann.id()));
        assertThat(audit).isNotEmpty();
    }

    @Test
    void eachFieldShowsThePreviousStudysValue() {
        study("2025-06-01T09:00:00Z", "Lab A", "9", "4");
        study("2025-12-01T09:00:00Z", "Lab A", "3.5", "4");
        StudyFormViewModel form = form();
        FxTestSupport.onFx(form::load);
        FxTestSupport.awaitQuiet(runner);
        assertThat(form.field(FindingCode.SURAL_SNAP, Side.LEFT).previousProperty().get())
                .isEqualTo("previous 2025-12-01: 3.5 ▼ (LLN 4, 88 %)");
        assertThat(form.field(FindingCode.SURAL_SNAP, Side.RIGHT).previousProperty().get()).isEmpty();
    }

    @Test
    void theFlowsheetShowsStudiesNewestFirstWithTheFirstStudyMarked() {
        study("2025-06-01T09:00:00Z", "Lab A", "9", "4");
        study("2025-12-01T09:00:00Z", "Lab B", "3.5", "4");
        StudyFlowsheetViewModel flowsheet = FxTestSupport.onFx(() -> new StudyFlowsheetViewModel(WardRecords.of(db), runner));
        FxTestSupport.onFx(() -> flowsheet.show(ann));
        FxTestSupport.awaitQuiet(runner);
        StudyFlowsheetViewModel.Sheet sheet = flowsheet.sheetProperty().get();
        assertThat(sheet.headings()).hasSize(2);
        assertThat(sheet.headings().get(0)).startsWith("2025-12-01 09:00").doesNotContain("first study").contains("Lab B");
        assertThat(sheet.headings().get(1)).startsWith("2025-06-01 09:00").contains("first study").contains("Lab A");
        assertThat(sheet.rows()).singleElement().satisfies(r -> {
            assertThat(r.label()).isEqualTo("Sural SNAP (µV), left");
            assertThat(r.cells()).extracting(StudyFlowsheetViewModel.Cell::text).containsExactly("3.5 ▼ (LLN 4, 88 %)", "9 (LLN 4, 225 %)");
            assertThat(r.cells()).extracting(StudyFlowsheetViewModel.Cell::below).containsExactly(true, false);
        });
    }

    @Test
    void aStudyIsAmendedWithAReasonKeepingItsTimeAndExaminerAndTheOriginalInTheHistory() {
        study("2025-12-01T09:00:00Z", "Lab A", "9", "4");
        Exam original = db.read(s -> s.exams().current(ann.id())).get(0);
        StudyFormViewModel form = FxTestSupport.onFx(() -> StudyFormViewModel.forAmendment(ann, original, WardRecords.of(db), neurologist, CLOCK, runner));
        assertThat(form.field(FindingCode.SURAL_SNAP, Side.LEFT).textProperty().get()).isEqualTo("9");
        assertThat(form.laboratoryProperty().get()).isEqualTo("Lab A");
        FxTestSupport.onFx(() -> {
            form.field(FindingCode.SURAL_SNAP, Side.LEFT).textProperty().set("0.9");
            form.save(saved -> { });
        });
        FxTestSupport.awaitQuiet(runner);
        assertThat(form.formErrorProperty().get()).contains("Reason for the amendment: required");
        FxTestSupport.onFx(() -> {
            form.reasonProperty().set("decimal point missed");
            form.save(saved -> { });
        });
        FxTestSupport.awaitQuiet(runner);
        assertThat(form.formErrorProperty().get()).isEmpty();
        Exam now = db.read(s -> s.exams().current(ann.id())).get(0);
        assertThat(now.value(FindingCode.SURAL_SNAP, Side.LEFT)).map(v -> v.code()).contains("0.9");
        assertThat(now.recordedAt()).isEqualTo(original.recordedAt());
        assertThat(now.amendment().reason()).isEqualTo("decimal point missed");
        List<?> history = db.read(s -> s.exams().history(ann.id()));
        assertThat(history).hasSize(2);
    }
}
