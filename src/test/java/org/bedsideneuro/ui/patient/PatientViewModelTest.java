package org.bedsideneuro.ui.patient;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.finding.Finding;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.MrcGrade;
import org.bedsideneuro.domain.finding.ReflexGrade;
import org.bedsideneuro.domain.finding.Section;
import org.bedsideneuro.domain.finding.Side;
import org.bedsideneuro.domain.finding.YesNo;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.service.WardRecords;
import org.bedsideneuro.ui.FxTestSupport;
import org.bedsideneuro.ui.NurseAndAnnTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PatientViewModelTest extends NurseAndAnnTest {
    private Clinician neurologist;

    @BeforeEach
    void restOfTheWard() {
        neurologist = ward.clinician("Dr Example", Role.NEUROLOGIST);
    }

    @Test
    void historyIsNewestFirstWhateverTheOrderOfEntry() {
        ward.exam(ann, OffsetDateTime.parse("2026-02-27T09:00:00Z"), neurologist, strength(MrcGrade.FIVE), "");
        ward.observation(ann, OffsetDateTime.parse("2026-02-28T21:30:00Z"), nurse,
                List.of(Finding.unsided(FindingCode.HALLUCINATIONS, YesNo.NO)));
        // Entered last but examined earliest: entered late, shown in its clinical place.
        ward.exam(ann, OffsetDateTime.parse("2026-02-26T08:00:00Z"), neurologist, strength(MrcGrade.FOUR), "");

        PatientViewModel model = shown(ann);

        assertThat(FxTestSupport.onFx(() -> model.history().stream().map(HistoryEntry::time).toList()))
                .containsExactly("28 Feb 2026 21:30", "27 Feb 2026 09:00", "26 Feb 2026 08:00");
        assertThat(FxTestSupport.onFx(() -> model.history().get(0).kind())).isEqualTo("Observation");
        assertThat(FxTestSupport.onFx(() -> model.history().get(0).clinician())).isEqualTo("Nurse Example (nurse)");
        assertThat(FxTestSupport.onFx(() -> model.selectedProperty().get())).as("newest selected")
                .isSameAs(FxTestSupport.onFx(() -> model.history().get(0)));
    }

    @Test
    void theHeaderSaysWhoThePatientIs() {
        PatientViewModel model = shown(ann);

        assertThat(FxTestSupport.onFx(() -> List.of(model.nameText().get(), model.mrnText().get(), model.bornText().get(),
                model.locationText().get())))
                .containsExactly("Amberley, Ann", "MRN MRN-1001", "Born 2 Mar 1950 (75 y)", "Neuro 3 / 12");
        assertThat(FxTestSupport.onFx(() -> model.history())).isEmpty();
    }

    @Test
    void amendedAndVoidedVersionsStayVisibleAndAreMarked() {
        Exam first = ward.exam(ann, OffsetDateTime.parse("2026-02-27T09:00:00Z"), neurologist, strength(MrcGrade.FOUR), "");
        Exam corrected = first.amend(strength(MrcGrade.FOUR_MINUS), "", neurologist, CLOCK.instant(), "Left and right swapped");
        db.write(s -> {
            s.exams().amend(corrected);
            return null;
        });
        Exam mistaken = ward.exam(ann, OffsetDateTime.parse("2026-02-28T09:00:00Z"), neurologist, strength(MrcGrade.THREE), "");
        db.write(s -> {
            s.exams().voidExam(mistaken.id(), neurologist, "Wrong patient");
            return null;
        });

        PatientViewModel model = shown(ann);

        // The test clock is fixed, so both versions of the first exam share their times; only the newest is ordered.
        List<HistoryEntry> history = FxTestSupport.onFx(() -> List.copyOf(model.history()));
        assertThat(history.get(0).status()).isEqualTo("Voided");
        assertThat(history.get(0).styleClass()).isEqualTo("exam-voided");
        assertThat(history).extracting(HistoryEntry::status)
                .containsExactlyInAnyOrder("Voided", "Current (corrected)", "Amended (older version)");
        assertThat(history).filteredOn(e -> e.status().startsWith("Amended")).extracting(HistoryEntry::styleClass)
                .containsExactly("exam-amended");
    }

    @Test
    void theSelectedExamShowsItsFindingsBySectionWithSides() {
        ward.exam(ann, OffsetDateTime.parse("2026-02-27T09:00:00Z"), neurologist, List.of(
                new Finding(FindingCode.ACHILLES_REFLEX, Side.LEFT, ReflexGrade.ABSENT),
                new Finding(FindingCode.ANKLE_DORSIFLEXION, Side.RIGHT, MrcGrade.FIVE),
                new Finding(FindingCode.ANKLE_DORSIFLEXION, Side.LEFT, MrcGrade.FOUR)), "Steppage gait on the left");

        PatientViewModel model = shown(ann);
        List<FindingGroup> groups = FxTestSupport.onFx(() -> List.copyOf(model.selectedFindings()));

        assertThat(groups).extracting(FindingGroup::section).containsExactly(Section.STRENGTH, Section.REFLEXES);
        assertThat(groups.get(0).lines()).containsExactly(
                new FindingLine("Ankle dorsiflexion (tibialis anterior)", "Left", "4", ""),
                new FindingLine("Ankle dorsiflexion (tibialis anterior)", "Right", "5", ""));
        assertThat(FxTestSupport.onFx(() -> model.selectedNote().get())).isEqualTo("Note: Steppage gait on the left");
    }

    private PatientViewModel shown(Patient patient) {
        PatientViewModel model = FxTestSupport.onFx(() -> new PatientViewModel(WardRecords.of(db), CLOCK, runner));
        FxTestSupport.onFx(() -> model.show(patient));
        FxTestSupport.awaitQuiet(runner);
        return model;
    }

    private static List<Finding> strength(MrcGrade left) {
        return List.of(new Finding(FindingCode.ANKLE_DORSIFLEXION, Side.LEFT, left));
    }
}
