package org.bedsideneuro.ui.exam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bedsideneuro.ui.FxTestSupport.awaitQuiet;
import static org.bedsideneuro.ui.FxTestSupport.onFx;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.domain.exam.Draft;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.exam.ExamStatus;
import org.bedsideneuro.domain.exam.RecordedExam;
import org.bedsideneuro.domain.finding.Finding;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.FootDrop;
import org.bedsideneuro.domain.finding.MrcGrade;
import org.bedsideneuro.domain.finding.PlantarResponse;
import org.bedsideneuro.domain.finding.ReviewDecision;
import org.bedsideneuro.domain.finding.Section;
import org.bedsideneuro.domain.finding.Side;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.regimen.DoseUnit;
import org.bedsideneuro.domain.regimen.MedicationOrder;
import org.bedsideneuro.domain.regimen.OrderId;
import org.bedsideneuro.domain.regimen.Route;
import org.bedsideneuro.persistence.Database;
import org.bedsideneuro.service.WardRecords;
import org.bedsideneuro.ui.FxTestSupport;
import org.bedsideneuro.ui.SyntheticWard;
import org.bedsideneuro.ui.common.BackgroundRunner;
import org.bedsideneuro.ui.common.Notice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** The exam form's rules without a window, on a real database of invented patients. */
class ExamFormViewModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private Database db;
    private SyntheticWard ward;
    private Clinician neurologist;
    private Patient patient;
    private final BackgroundRunner runner = onFx(BackgroundRunner::new);
    private ExamFormViewModel form;

    @BeforeAll
    static void toolkit() {
        FxTestSupport.startToolkit();
    }

    @BeforeEach
    void ward() {
        db = Database.open(dir.resolve("ward.db"), CLOCK);
        ward = new SyntheticWard(db);
        neurologist = ward.clinician("Dr Example", Role.NEUROLOGIST);
        patient = ward.patient("SYN-1", "Testwell", "Tess", LocalDate.of(1955, 5, 5), "7", neurologist);
        form = onFx(() -> new ExamFormViewModel(WardRecords.of(db), neurologist, CLOCK, runner));
    }

    @AfterEach
    void close() {
        onFx(() -> form.close());
        runner.close();
        db.close();
    }

    private void type(FindingCode code, Side side, String text) {
        onFx(() -> form.field(code, side).textProperty().set(text));
    }

    private void startNew() {
        onFx(() -> form.startNew(patient));
        awaitQuiet(runner);
    }

    private Exam earlierExam(String at, List<Finding> findings) {
        return ward.exam(patient, OffsetDateTime.parse(at), neurologist, findings, "");
    }

    @Test
    void anInvalidCellIsMarkedAtOnceAndSaveIsDisabledUntilFixed() {
        startNew();
        type(FindingCode.ANKLE_DORSIFLEXION, Side.LEFT, "6");
        assertThat(form.field(FindingCode.ANKLE_DORSIFLEXION, Side.LEFT).errorProperty().get()).contains("'6'");
        assertThat(form.canSaveBinding().get()).isFalse();
        assertThat(form.problemsProperty().get()).contains("Ankle dorsiflexion (tibialis anterior), left");
        onFx(form::save);
        assertThat(form.noticeProperty().get().text()).startsWith("Not saved");

        type(FindingCode.ANKLE_DORSIFLEXION, Side.LEFT, "4+");
        assertThat(form.field(FindingCode.ANKLE_DORSIFLEXION, Side.LEFT).errorProperty().get()).isEmpty();
        assertThat(form.canSaveBinding().get()).isTrue();
    }

    @Test
    void aReflexZeroIsAcceptedOnlyAfterReinforcementIsRecorded() {
        startNew();
        type(FindingCode.ACHILLES_REFLEX, Side.LEFT, "0");
        assertThat(form.field(FindingCode.ACHILLES_REFLEX, Side.LEFT).errorProperty().get()).contains("reinforcement");
        assertThat(form.validProperty().get()).isFalse();
        onFx(() -> form.field(FindingCode.REFLEX_REINFORCEMENT).textProperty().set("no"));
        assertThat(form.validProperty().get()).as("reinforcement not used: 0 not yet").isFalse();
        onFx(() -> form.field(FindingCode.REFLEX_REINFORCEMENT).textProperty().set("yes"));
        assertThat(form.field(FindingCode.ACHILLES_REFLEX, Side.LEFT).errorProperty().get()).isEmpty();
        assertThat(form.validProperty().get()).isTrue();
    }

    @Test
    void normalFillsBlankCellsOfItsSectionAndKeepsWhatWasTyped() {
        startNew();
        type(FindingCode.ANKLE_DORSIFLEXION, Side.LEFT, "4");
        SectionModel strength = section(Section.STRENGTH);
        assertThat(strength.notExaminedBinding().get()).isFalse();
        SectionModel gait = section(Section.GAIT);
        assertThat(gait.headerText().get()).endsWith("not examined");
        onFx(strength::normal);
        onFx(() -> section(Section.REFLEXES).normal());
        onFx(() -> section(Section.PLANTAR_CLONUS).normal());
        onFx(gait::normal);
        onFx(() -> section(Section.SENSORY).normal());
        assertThat(form.field(FindingCode.ANKLE_DORSIFLEXION, Side.LEFT).textProperty().get()).isEqualTo("4");
        assertThat(form.field(FindingCode.ANKLE_DORSIFLEXION, Side.RIGHT).textProperty().get()).isEqualTo("5");
        assertThat(form.field(FindingCode.ACHILLES_REFLEX, Side.RIGHT).textProperty().get()).isEqualTo("2");
        assertThat(form.field(FindingCode.REFLEX_REINFORCEMENT).textProperty().get()).as("not assumed").isEmpty();
        assertThat(form.field(FindingCode.PLANTAR_RESPONSE, Side.LEFT).textProperty().get()).isEqualTo("flexor");
        assertThat(form.field(FindingCode.ANKLE_CLONUS_BEATS, Side.LEFT).textProperty().get()).isEqualTo("0");
        assertThat(form.field(FindingCode.FOOT_DROP, Side.LEFT).textProperty().get()).isEqualTo("none");
        assertThat(form.field(FindingCode.GAIT_PATTERN).textProperty().get()).isEqualTo("normal");
        assertThat(form.field(FindingCode.HEEL_WALK).textProperty().get()).isEqualTo("normal");
        assertThat(form.field(FindingCode.ROMBERG).textProperty().get()).isEqualTo("negative");
        assertThat(form.field(FindingCode.WALKING_AID).textProperty().get()).isEqualTo("none");
        assertThat(form.field(FindingCode.WALK_10M_SECONDS).textProperty().get()).as("a measurement").isEmpty();
        assertThat(form.field(FindingCode.PINPRICK_LEVEL, Side.LEFT).textProperty().get()).isEqualTo("none");
        assertThat(form.field(FindingCode.VIBRATION_HALLUX_SECONDS, Side.LEFT).textProperty().get()).isEmpty();
        assertThat(section(Section.MYOCLONUS).hasNormal()).isFalse();
        assertThat(form.validProperty().get()).isTrue();
        assertThat(form.scores().mrcSumText().get()).isEqualTo("MRC sum score (0-60): 59");
    }

    @Test
    void anIncompleteMrcSumIsNotShownAsANumber() {
        startNew();
        type(FindingCode.SHOULDER_ABDUCTION, Side.LEFT, "5");
        type(FindingCode.ANKLE_DORSIFLEXION, Side.LEFT, "3");
        assertThat(form.scores().mrcSumText().get()).contains("not computable").contains("Hip flexion, left").doesNotContainPattern(": \\d+$");
        assertThat(form.scores().distalText().get()).contains("BedsideNeuro's own, not a validated scale").contains("not computable");
        assertThat(form.scores().reflexText().get()).contains("no reflexes recorded");
    }

    @Test
    void theNeurologistRecordsThePegInTheExamAndItsScoreShowsOnlyWhenComplete() {
        startNew();
        assertThat(form.scores().pegText().get()).isEqualTo("PEG: not asked");
        type(FindingCode.PEG_PAIN, null, "6");
        type(FindingCode.PEG_ENJOYMENT, null, "5");
        assertThat(form.scores().pegText().get()).startsWith("PEG not computable").contains("general activity");
        type(FindingCode.PEG_ACTIVITY, null, "11");
        assertThat(form.field(FindingCode.PEG_ACTIVITY).errorProperty().get()).contains("'11'").contains("0 to 10");
        assertThat(form.validProperty().get()).isFalse();
        type(FindingCode.PEG_ACTIVITY, null, "7");
        type(FindingCode.NRS_MOVEMENT, null, "8");
        assertThat(form.validProperty().get()).isTrue();
        assertThat(form.scores().pegText().get()).isEqualTo("PEG 6.0 (0-10)");
        assertThat(section(Section.PAIN).hasNormal()).as("pain has no 'normal'").isFalse();
    }

    @Test
    void anOpioidReviewIsTypedInTheReviewSectionBesideWhatItComparesAndIsSavedAsAReview() {
        MedicationOrder tramadol = new MedicationOrder(
                OrderId.random(), patient.id(), "tramadol", new BigDecimal("50"),
                DoseUnit.MG, Route.ORAL, BigDecimal.valueOf(4),
                OffsetDateTime.parse("2026-02-01T08:00:00Z"), null, "");
        db.write(s -> {
            s.medications().add(tramadol, neurologist);
            return null;
        });
        earlierExam("2026-01-31T09:00:00Z", List.of(Finding.unsided(FindingCode.PEG_PAIN, FindingCode.PEG_PAIN.parseValue("7")),
                Finding.unsided(FindingCode.PEG_ENJOYMENT, FindingCode.PEG_ENJOYMENT.parseValue("7")),
                Finding.unsided(FindingCode.PEG_ACTIVITY, FindingCode.PEG_ACTIVITY.parseValue("7"))));
        startNew();
        assertThat(form.reviewContextProperty().get()).contains("Opioid review due 2026-03-01", "before tramadol started on 2026-02-01",
                "PEG: 7.0 before (2026-01-31); none since");
        type(FindingCode.PEG_PAIN, null, "7");
        type(FindingCode.PEG_ENJOYMENT, null, "6");
        type(FindingCode.PEG_ACTIVITY, null, "7");
        type(FindingCode.REVIEW_FUNCTION, null, "same");
        type(FindingCode.REVIEW_ADVERSE_EFFECTS, null, "sedation;constipation");
        type(FindingCode.REVIEW_DECISION, null, "red");
        assertThat(form.validProperty().get()).isTrue();
        onFx(form::save);
        awaitQuiet(runner);
        Exam saved = db.read(s -> s.exams().current(patient.id())).stream().filter(Exam::isOpioidReview).findFirst().orElseThrow();
        assertThat(saved.value(FindingCode.REVIEW_DECISION)).contains(ReviewDecision.REDUCE);
        assertThat(saved.value(FindingCode.REVIEW_ADVERSE_EFFECTS).orElseThrow().code()).isEqualTo("sedation;constipation");

        startNew();
        assertThat(form.field(FindingCode.REVIEW_DECISION).comparisonTextProperty().get()).isEqualTo("last review reduce");
        assertThat(form.field(FindingCode.PEG_PAIN).comparisonTextProperty().get()).isEqualTo("baseline 7 · last 7");
    }

    @Test
    void copyFromLastStartsFromThePreviousValuesAndHighlightsChangedCells() {
        earlierExam("2026-02-20T09:00:00Z", List.of(new Finding(FindingCode.ANKLE_DORSIFLEXION, Side.LEFT, MrcGrade.FIVE),
                new Finding(FindingCode.ANKLE_DORSIFLEXION, Side.RIGHT, MrcGrade.FIVE)));
        earlierExam("2026-02-27T09:00:00Z", List.of(new Finding(FindingCode.ANKLE_DORSIFLEXION, Side.LEFT, MrcGrade.FOUR_PLUS),
                new Finding(FindingCode.ANKLE_DORSIFLEXION, Side.RIGHT, MrcGrade.FIVE)));
        startNew();
        assertThat(form.hasLastExamProperty().get()).isTrue();
        onFx(form::copyFromLast);
        FindingField left = form.field(FindingCode.ANKLE_DORSIFLEXION, Side.LEFT);
        FindingField right = form.field(FindingCode.ANKLE_DORSIFLEXION, Side.RIGHT);
        assertThat(left.textProperty().get()).isEqualTo("4+");
        assertThat(left.changedProperty().get()).isFalse();
        assertThat(left.comparisonTextProperty().get()).isEqualTo("baseline 5 · last 4+");
        assertThat(left.worseProperty().get()).as("4+ is a full grade below baseline 5").isTrue();

        type(FindingCode.ANKLE_DORSIFLEXION, Side.RIGHT, "3");
        assertThat(right.changedProperty().get()).isTrue();
        assertThat(right.worseProperty().get()).isTrue();
        assertThat(left.changedProperty().get()).isFalse();
        type(FindingCode.ANKLE_EVERSION, Side.LEFT, "5");
        assertThat(form.field(FindingCode.ANKLE_EVERSION, Side.LEFT).changedProperty().get()).as("new where nothing was").isTrue();
    }

    @Test
    void worseningIsMarkedForFootDropPlantarAndLeftRightAsymmetry() {
        earlierExam("2026-02-20T09:00:00Z", List.of(new Finding(FindingCode.FOOT_DROP, Side.LEFT, FootDrop.NONE),
                new Finding(FindingCode.PLANTAR_RESPONSE, Side.LEFT, PlantarResponse.FLEXOR)));
        startNew();
        type(FindingCode.FOOT_DROP, Side.LEFT, "partial");
        type(FindingCode.PLANTAR_RESPONSE, Side.LEFT, "extensor");
        assertThat(form.field(FindingCode.FOOT_DROP, Side.LEFT).worseProperty().get()).isTrue();
        assertThat(form.field(FindingCode.PLANTAR_RESPONSE, Side.LEFT).worseProperty().get()).isTrue();

        type(FindingCode.WRIST_EXTENSION, Side.LEFT, "5");
        type(FindingCode.WRIST_EXTENSION, Side.RIGHT, "4-");
        assertThat(form.field(FindingCode.WRIST_EXTENSION, Side.RIGHT).asymmetricProperty().get()).isFalse();
        type(FindingCode.WRIST_EXTENSION, Side.RIGHT, "3");
        assertThat(form.field(FindingCode.WRIST_EXTENSION, Side.RIGHT).asymmetricProperty().get()).isTrue();
        assertThat(form.field(FindingCode.WRIST_EXTENSION, Side.LEFT).asymmetricProperty().get()).isTrue();
    }

    @Test
    void aDraftIsKeptWhileTypingOfferedBackAndDeletedOnSave() throws Exception {
        startNew();
        type(FindingCode.ANKLE_DORSIFLEXION, Side.LEFT, "4");
        onFx(() -> form.noteProperty().set("half done"));
        // Debounced: written about a second after the last change, off the FX thread.
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !db.read(s -> s.drafts().byAuthor(neurologist.id())).isEmpty());
        awaitQuiet(runner);
        Draft draft = db.read(s -> s.drafts().byAuthor(neurologist.id())).get(0);
        assertThat(draft.form()).isEqualTo("exam");
        assertThat(draft.fields()).containsEntry("strength.ankle_dorsiflexion.L", "4").containsEntry("note", "half done");

        ExamFormViewModel later = onFx(() -> new ExamFormViewModel(WardRecords.of(db), neurologist, CLOCK, runner));
        onFx(() -> later.lookForDraft(patient));
        awaitQuiet(runner);
        assertThat(later.resumeTextProperty().get()).isEqualTo("Resume the unsaved exam from 10:00");
        onFx(() -> later.resume(patient, later.resumableDraftProperty().get()));
        awaitQuiet(runner);
        assertThat(later.field(FindingCode.ANKLE_DORSIFLEXION, Side.LEFT).textProperty().get()).isEqualTo("4");
        assertThat(later.noteProperty().get()).isEqualTo("half done");

        onFx(later::save);
        awaitQuiet(runner);
        assertThat(drafts()).isEmpty();
        List<Exam> current = db.read(s -> s.exams().current(patient.id()));
        assertThat(current).hasSize(1);
        assertThat(later.modeProperty().get()).isEqualTo(FormMode.VIEW);
    }

    @Test
    void anAmendmentNeedsAReasonAndAConflictIsShownPlainlyWithNothingLost() {
        Exam first = earlierExam("2026-02-27T09:00:00Z", List.of(new Finding(FindingCode.ANKLE_DORSIFLEXION, Side.LEFT, MrcGrade.FIVE)));
        RecordedExam recorded = db.read(s -> s.exams().find(first.id())).orElseThrow();
        onFx(() -> form.view(patient, recorded));
        awaitQuiet(runner);
        assertThat(form.editableBinding().get()).isFalse();
        assertThat(form.canAmendBinding().get()).isTrue();
        onFx(form::amend);
        type(FindingCode.ANKLE_DORSIFLEXION, Side.LEFT, "4");
        assertThat(form.canSaveBinding().get()).as("reason required").isFalse();
        onFx(() -> form.reasonProperty().set("Graded the wrong side"));
        assertThat(form.canSaveBinding().get()).isTrue();

        // Someone else amends first.
        db.write(s -> {
            s.exams().amend(first.amend(first.findings(), "", neurologist, CLOCK.instant(), "their correction"));
            return null;
        });
        onFx(form::save);
        awaitQuiet(runner);
        Notice notice = form.noticeProperty().get();
        assertThat(notice.kind()).isEqualTo(Notice.Kind.PROBLEM);
        assertThat(notice.text()).contains("someone changed this exam first").contains("Dr Example");
        assertThat(form.modeProperty().get()).isEqualTo(FormMode.AMEND);
        assertThat(form.field(FindingCode.ANKLE_DORSIFLEXION, Side.LEFT).textProperty().get()).isEqualTo("4");
        assertThat(form.reasonProperty().get()).isEqualTo("Graded the wrong side");
        List<RecordedExam> history = db.read(s -> s.exams().history(patient.id()));
        assertThat(history).extracting(RecordedExam::status)
                .containsExactlyInAnyOrder(ExamStatus.CURRENT, ExamStatus.AMENDED);
    }

    private List<Draft> drafts() {
        return db.read(s -> s.drafts().byAuthor(neurologist.id()));
    }

    private SectionModel section(Section section) {
        return form.sections().stream().filter(s -> s.section() == section).findFirst().orElseThrow();
    }

    /** The password typed to sign is wiped once used, whatever happened, and is in no message. */
    @Test
    void aPasswordTypedToSignIsWipedAfterUseAndNeverShown() {
        startNew();
        type(FindingCode.ANKLE_DORSIFLEXION, Side.LEFT, "4");
        char[] password = "secret-password".toCharArray();
        onFx(() -> form.saveAndSign(password));
        awaitQuiet(runner);
        assertThat(new String(password)).as("wiped").isEqualTo("\0".repeat("secret-password".length()));
        assertThat(form.noticeProperty().get().text()).startsWith("The password is not correct").doesNotContain("secret");
        List<Exam> saved = db.read(s -> s.exams().current(patient.id()));
        assertThat(saved).as("nothing saved unsigned").isEmpty();

        Clinician nurse = ward.clinician("Nurse Ben Sample", Role.NURSE);
        ExamFormViewModel nursesForm = onFx(() -> new ExamFormViewModel(WardRecords.of(db), nurse, CLOCK, runner));
        assertThat(nursesForm.maySign()).isFalse();
        assertThat(nursesForm.mayExamine()).isFalse();
        char[] hers = "nurse-password".toCharArray();
        onFx(() -> nursesForm.saveAndSign(hers));
        assertThat(new String(hers)).isEqualTo("\0".repeat("nurse-password".length()));
        onFx(() -> nursesForm.close());
    }
}
