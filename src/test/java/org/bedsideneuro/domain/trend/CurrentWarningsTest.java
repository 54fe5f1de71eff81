package org.bedsideneuro.domain.trend;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.exam.ExamKind;
import org.bedsideneuro.domain.finding.CamResult;
import org.bedsideneuro.domain.finding.Finding;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.NumericValue;
import org.bedsideneuro.domain.finding.PossLevel;
import org.bedsideneuro.domain.finding.YesNo;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.domain.patient.Sex;
import org.bedsideneuro.domain.regimen.DoseUnit;
import org.bedsideneuro.domain.regimen.MedicationOrder;
import org.bedsideneuro.domain.regimen.MmeTable;
import org.bedsideneuro.domain.regimen.OrderId;
import org.bedsideneuro.domain.regimen.Route;
import org.junit.jupiter.api.Test;

class CurrentWarningsTest {
    private static final Patient PATIENT = new Patient(new PatientId("SYN-7"), "Sample", "Sam", LocalDate.of(1950, 1, 1), Sex.UNKNOWN, "", "");
    private static final Clinician NURSE = Clinician.create("Nurse Test", Role.NURSE);
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 5);
    private final List<Exam> exams = new ArrayList<>();
    private final List<MedicationOrder> orders = new ArrayList<>();

    private void observe(String at, Finding... findings) {
        exams.add(Exam.record(PATIENT.id(), ExamKind.OBSERVATION, OffsetDateTime.parse(at), NURSE, List.of(findings), ""));
    }

    private void onMorphine() {
        orders.add(new MedicationOrder(OrderId.random(), PATIENT.id(), "morphine", new BigDecimal("10"), DoseUnit.MG, Route.ORAL,
                new BigDecimal("6"), OffsetDateTime.parse("2026-03-01T00:00:00Z"), null, ""));
    }

    private List<CurrentWarnings.Warning> warnings() {
        return CurrentWarnings.of(PatientCourse.of(PATIENT, exams, orders, MmeTable.standard(), ZoneOffset.UTC, TODAY));
    }

    @Test
    void hallucinationsInTheLatestObservationOnOpioidsAreAWarning() {
        onMorphine();
        observe("2026-03-04T10:00:00Z", Finding.unsided(FindingCode.HALLUCINATIONS, YesNo.YES));
        assertThat(warnings()).extracting(CurrentWarnings.Warning::code).containsExactly(FlagCode.OIN_WARNING_SIGNS);
        assertThat(warnings().get(0).values()).contains("Hallucinations");
    }

    @Test
    void noWarningOffOpioids() {
        observe("2026-03-04T10:00:00Z", Finding.unsided(FindingCode.DELIRIUM_CAM, CamResult.POSITIVE));
        assertThat(warnings()).isEmpty();
    }

    @Test
    void aLaterObservationWithoutTheSignsClearsItButAJerkCountAloneDoesNot() {
        onMorphine();
        observe("2026-03-04T10:00:00Z", Finding.unsided(FindingCode.ALLODYNIA, YesNo.YES));
        observe("2026-03-04T14:00:00Z", Finding.unsided(FindingCode.JERK_COUNT, NumericValue.of(2)),
                Finding.unsided(FindingCode.WINDOW_MINUTES, NumericValue.of(5)));
        assertThat(warnings()).as("not assessed again").hasSize(1);
        observe("2026-03-04T18:00:00Z", Finding.unsided(FindingCode.ALLODYNIA, YesNo.NO));
        assertThat(warnings()).isEmpty();
    }

    @Test
    void possThreeIsAWarningWithOrWithoutOpioids() {
        observe("2026-03-04T10:00:00Z", Finding.unsided(FindingCode.SEDATION_POSS, PossLevel.FREQUENTLY_DROWSY));
        assertThat(warnings()).extracting(CurrentWarnings.Warning::code).containsExactly(FlagCode.SEDATION_UNACCEPTABLE);
        observe("2026-03-04T12:00:00Z", Finding.unsided(FindingCode.SEDATION_POSS, PossLevel.AWAKE));
        assertThat(warnings()).isEmpty();
    }
}
