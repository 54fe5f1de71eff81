package org.bedsideneuro.ui.observation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.util.Duration;
import org.bedsideneuro.domain.exam.Draft;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.exam.ExamStatus;
import org.bedsideneuro.domain.exam.ObservationSchedule;
import org.bedsideneuro.domain.exam.RecordedExam;
import org.bedsideneuro.domain.finding.Finding;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.MyoclonusDistribution;
import org.bedsideneuro.domain.finding.NumericValue;
import org.bedsideneuro.domain.finding.PossLevel;
import org.bedsideneuro.domain.trend.FlagCode;
import org.bedsideneuro.domain.trend.ObservationStatus;
import org.bedsideneuro.service.WardRecords;
import org.bedsideneuro.ui.FxTestSupport;
import org.bedsideneuro.ui.NurseAndAnnTest;
import org.bedsideneuro.ui.SyntheticWard;
import org.bedsideneuro.ui.common.ClinicalFormats;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The observation form without a window: validation, the live rate, save, amend and drafts, on real SQLite. */
class ObservationFormViewModelTest extends NurseAndAnnTest {
    private ObservationFormViewModel form(Duration draftDelay) {
        return FxTestSupport.onFx(() -> new ObservationFormViewModel(ann, null, WardRecords.of(db), nurse, CLOCK, runner, draftDelay));
    }

    @Test
    void theRateFollowsCountAndWindowAsTyped() {
        ObservationFormViewModel form = form(Duration.seconds(30));
        assertThat(FxTestSupport.onFx(() -> form.fields().window.get())).as("window defaults to 5 min").isEqualTo("5");
        FxTestSupport.onFx(() -> form.fields().count.set("3"));
        assertThat(FxTestSupport.onFx(() -> form.rateText().get())).isEqualTo("36.0 jerks/h");
        FxTestSupport.onFx(() -> form.fields().window.set("20"));
        assertThat(FxTestSupport.onFx(() -> form.rateText().get())).isEqualTo("9.0 jerks/h");
        FxTestSupport.onFx(() -> form.fields().window.set("0"));
        assertThat(FxTestSupport.onFx(() -> form.rateText().get())).isEmpty();
    }

    @Test
    void countMustBeWholeAndNotNegativeWindowOneToSixtyTimeNotInTheFuture() {
        ObservationFormViewModel form = form(Duration.seconds(30));
        FxTestSupport.onFx(() -> {
            form.fields().count.set("-1");
            form.fields().window.set("61");
            form.fields().time.set("10:05");
        });
        assertThat(FxTestSupport.onFx(() -> form.validate(false))).isEmpty();
        assertThat(FxTestSupport.onFx(() -> form.countErrorProperty().get())).isEqualTo("Jerk count: a whole number, 0 or more (up to 10000)");
        assertThat(FxTestSupport.onFx(() -> form.windowErrorProperty().get())).isEqualTo("Window: whole minutes, 1 to 60");
        assertThat(FxTestSupport.onFx(() -> form.timeErrorProperty().get())).contains("10:05").contains("in the future");

        FxTestSupport.onFx(() -> {
            form.fields().count.set("2.5");
            form.fields().window.set("0");
        });
        assertThat(FxTestSupport.onFx(() -> form.validate(false))).isEmpty();
        assertThat(FxTestSupport.onFx(() -> form.countErrorProperty().get())).startsWith("Jerk count");
        assertThat(FxTestSupport.onFx(() -> form.windowErrorProperty().get())).startsWith("Window");

        FxTestSupport.onFx(() -> {
            form.fields().count.set("0");
            form.fields().window.set("60");
            form.fields().time.set("0815"); // set back to earlier this morning, typed without the colon
        });
        var valid = FxTestSupport.onFx(() -> form.validate(false)).orElseThrow();
        assertThat(valid.at()).isEqualTo(OffsetDateTime.parse("2026-03-01T08:15:00Z"));
        assertThat(FxTestSupport.onFx(() -> form.timeErrorProperty().get())).isEmpty();
    }

    @Test
    void nothingEnteredIsNotSavedAndJerksWithDistributionNoneContradict() {
        ObservationFormViewModel form = form(Duration.seconds(30));
        assertThat(FxTestSupport.onFx(() -> form.validate(false))).isEmpty();
        assertThat(FxTestSupport.onFx(() -> form.formErrorProperty().get())).startsWith("Nothing to save yet");
        FxTestSupport.onFx(() -> {
            form.fields().count.set("4");
            form.fields().item(FindingCode.DISTRIBUTION).set(MyoclonusDistribution.NONE);
        });
        assertThat(FxTestSupport.onFx(() -> form.validate(false))).isEmpty();
        assertThat(FxTestSupport.onFx(() -> form.distributionErrorProperty().get())).contains("'none' does not fit 4 jerks");
    }

    @Test
    void thePegScoreShowsOnlyWithAllThreeItemsAndAPainBoxOffTheScaleIsRefused() {
        ObservationFormViewModel form = form(Duration.seconds(30));
        FxTestSupport.onFx(() -> {
            form.pain().text(FindingCode.PEG_PAIN).set("8");
            form.pain().text(FindingCode.PEG_ACTIVITY).set("5");
        });
        assertThat(FxTestSupport.onFx(() -> form.pain().pegText().get())).isEqualTo("PEG not computable: 2 of 3 items");
        FxTestSupport.onFx(() -> form.pain().text(FindingCode.PEG_ENJOYMENT).set("6"));
        assertThat(FxTestSupport.onFx(() -> form.pain().pegText().get())).isEqualTo("PEG 6.3 (0-10)");

        FxTestSupport.onFx(() -> form.pain().text(FindingCode.NRS_MOVEMENT).set("11"));
        assertThat(FxTestSupport.onFx(() -> form.validate(false))).isEmpty();
        assertThat(FxTestSupport.onFx(() -> form.pain().errorProperty().get())).isEqualTo("NRS movement: a whole number from 0 to 10");

        FxTestSupport.onFx(() -> form.pain().text(FindingCode.NRS_MOVEMENT).set("9"));
        var valid = FxTestSupport.onFx(() -> form.validate(false)).orElseThrow();
        assertThat(valid.findings()).extracting(f -> f.code().code() + "=" + f.value().code())
                .containsExactly("pain.peg_pain=8", "pain.peg_enjoyment=6", "pain.peg_activity=5", "pain.nrs_movement=9");
    }

    @Test
    void aHalfFilledObservationIsKeptAsADraftOfferedBackToItsAuthorAndDeletedOnSave() throws TimeoutException {
        ObservationFormViewModel first = form(Duration.millis(50));
        FxTestSupport.onFx(() -> {
            first.fields().count.set("7");
            first.fields().item(FindingCode.SEDATION_POSS).set(PossLevel.SLIGHTLY_DROWSY);
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !drafts().isEmpty());
        Draft kept = drafts().get(0);
        assertThat(kept.form()).isEqualTo("observation");
        assertThat(kept.fields()).containsEntry("count", "7").containsEntry("oin.sedation_poss", "2");

        ObservationFormViewModel reopened = form(Duration.millis(50));
        FxTestSupport.onFx(reopened::offerEarlierDraft);
        FxTestSupport.awaitQuiet(runner);
        assertThat(FxTestSupport.onFx(() -> reopened.fields().count.get())).isEqualTo("7");
        assertThat(FxTestSupport.onFx(() -> reopened.draftNoticeProperty().get())).contains("restored");

        List<Exam> saved = new ArrayList<>();
        FxTestSupport.onFx(() -> reopened.save(saved::add));
        FxTestSupport.awaitQuiet(runner);
        assertThat(saved).hasSize(1);
        assertThat(drafts()).isEmpty();
    }

    @Test
    void anAmendmentIsANewVersionWithAReasonAndTheRecordStays() {
        Exam original = new SyntheticWard(db).observation(ann, OffsetDateTime.parse("2026-03-01T08:00:00Z"), nurse, List.of(
                Finding.unsided(FindingCode.JERK_COUNT, NumericValue.of(30)),
                Finding.unsided(FindingCode.WINDOW_MINUTES, NumericValue.of(5))));
        ObservationFormViewModel form = FxTestSupport.onFx(() -> ObservationFormViewModel.forAmendment(ann, original, WardRecords.of(db), nurse, CLOCK, runner));
        assertThat(FxTestSupport.onFx(() -> form.fields().count.get())).isEqualTo("30");
        FxTestSupport.onFx(() -> form.fields().count.set("3"));
        assertThat(FxTestSupport.onFx(() -> form.validate(false))).as("reason required").isEmpty();
        assertThat(FxTestSupport.onFx(() -> form.reasonErrorProperty().get())).isEqualTo("Reason for the amendment: required");

        FxTestSupport.onFx(() -> form.fields().reason.set("Typed 30 for 3"));
        FxTestSupport.onFx(() -> form.save(e -> { }));
        FxTestSupport.awaitQuiet(runner);
        List<RecordedExam> history = db.read(s -> s.exams().history(ann.id()));
        assertThat(history).extracting(RecordedExam::status).containsExactlyInAnyOrder(ExamStatus.CURRENT, ExamStatus.AMENDED);
        RecordedExam current = history.stream().filter(RecordedExam::isCurrent).findFirst().orElseThrow();
        assertThat(current.exam().recordedAt()).isEqualTo(original.recordedAt());
        assertThat(current.exam().value(FindingCode.JERK_COUNT).orElseThrow().code()).isEqualTo("3");
        assertThat(current.exam().amendment().reason()).isEqualTo("Typed 30 for 3");
    }

    @Test
    void theOverviewMarksOverdueByThePatientsIntervalAndPossFourAsAWarning() {
        SyntheticWard ward = new SyntheticWard(db);
        ward.observation(ann, OffsetDateTime.parse("2026-03-01T08:30:00Z"), nurse, List.of(
                Finding.unsided(FindingCode.SEDATION_POSS, PossLevel.SOMNOLENT)));
        ObservationOverviewViewModel overview = new ObservationOverviewViewModel(WardRecords.of(db), CLOCK, runner);
        FxTestSupport.onFx(overview::refresh);
        FxTestSupport.awaitQuiet(runner);
        ObservationStatus status = FxTestSupport.onFx(() -> overview.statuses().get(ann.id()));
        assertThat(status.due()).as("4 h default: due at 12:30").isFalse();
        assertThat(WardObservationColumns.due(status, new ClinicalFormats(CLOCK))).as("today: the hour only").isEqualTo("Next 12:30");
        assertThat(status.warnings()).extracting(w -> w.code()).containsExactly(FlagCode.SEDATION_UNACCEPTABLE);

        db.write(s -> {
            s.patientSettings().setObservationSchedule(ann.id(), ObservationSchedule.everyMinutes(60), nurse);
            return null;
        });
        FxTestSupport.onFx(overview::refresh);
        FxTestSupport.awaitQuiet(runner);
        ObservationStatus hourly = FxTestSupport.onFx(() -> overview.statuses().get(ann.id()));
        assertThat(hourly.due()).isTrue();
        assertThat(WardObservationColumns.due(hourly, new ClinicalFormats(CLOCK))).isEqualTo("Overdue 30 min");
    }

    private List<Draft> drafts() {
        return db.read(s -> s.drafts().byAuthor(nurse.id()));
    }
}
