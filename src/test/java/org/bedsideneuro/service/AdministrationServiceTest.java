package org.bedsideneuro.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.bedsideneuro.domain.account.AccessDeniedException;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.domain.patient.Sex;
import org.bedsideneuro.domain.regimen.Administration;
import org.bedsideneuro.domain.regimen.AdministrationStatus;
import org.bedsideneuro.domain.regimen.DoseUnit;
import org.bedsideneuro.domain.regimen.Indication;
import org.bedsideneuro.domain.regimen.MedicationOrder;
import org.bedsideneuro.domain.regimen.OrderId;
import org.bedsideneuro.domain.regimen.OrderKind;
import org.bedsideneuro.domain.regimen.Route;
import org.bedsideneuro.persistence.AuditEntry;
import org.bedsideneuro.persistence.Database;
import org.bedsideneuro.testdb.Backend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Charting doses the way the ward does (clinical reference section 6), on both databases: what may go on the record
 * is recorded; everything refused says why in words a nurse can act on and leaves the record as it was.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class AdministrationServiceTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Parameter
    Backend backend;

    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-03-03T12:00:00Z"), BERLIN);
    private final PatientId mrn = new PatientId("SYN-MAR-9");
    private Database db;
    private AdministrationService mar;
    private Clinician noor;
    private MedicationOrder morphineStopped;
    private MedicationOrder oxycodonePrn;
    private MedicationOrder syringeDriver;
    private MedicationOrder pca;

    @BeforeEach
    void wardWithFourKindsOfOrder() {
        db = backend.open(dir, "ward", clock);
        mar = new AdministrationService(db, BERLIN);
        db.write(s -> {
            Clinician ada = s.clinicians().findOrCreate("Dr Ada Testwell", Role.NEUROLOGIST);
            noor = s.clinicians().findOrCreate("Nurse Noor Example", Role.NURSE);
            s.patients().add(new Patient(mrn, "Example", "Erin", LocalDate.of(1950, 5, 1), Sex.FEMALE, "4B", "12"), ada);
            morphineStopped = order("morphine", "10", DoseUnit.MG, Route.ORAL, "4", OrderKind.SCHEDULED, "2026-03-01T08:00:00+01:00",
                    "2026-03-02T08:00:00+01:00");
            oxycodonePrn = order("oxycodone", "5", DoseUnit.MG, Route.ORAL, "2", OrderKind.PRN, "2026-03-01T08:00:00+01:00", null);
            syringeDriver = order("morphine", "1", DoseUnit.MG_PER_HOUR, Route.SC, null, OrderKind.INFUSION, "2026-03-01T08:00:00+01:00", null);
            pca = order("morphine", "1", DoseUnit.MG, Route.IV, null, OrderKind.PCA, "2026-03-01T08:00:00+01:00", null);
            for (MedicationOrder o : List.of(morphineStopped, oxycodonePrn, syringeDriver, pca)) {
                s.medications().add(o, ada);
            }
            return null;
        });
    }

    private MedicationOrder order(String drug, String dose, DoseUnit unit, Route route, String perDay, OrderKind kind, String start, String stop) {
        return new MedicationOrder(OrderId.random(), mrn, drug, new BigDecimal(dose), unit, route, perDay == null ? null : new BigDecimal(perDay),
                OffsetDateTime.parse(start), stop == null ? null : OffsetDateTime.parse(stop), "", kind, Indication.CANCER_PAIN, null);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static OffsetDateTime at(String iso) {
        return OffsetDateTime.parse(iso);
    }

    private Administration given(MedicationOrder order, String time, String mg, String note) {
        return mar.recordDose(order.id(), at(time), new BigDecimal(mg), DoseUnit.MG, AdministrationStatus.GIVEN, note, noor, noor);
    }

    private Administration reading(String from, String to, String mg) {
        return mar.recordPcaReading(pca.id(), at(from), at(to), new BigDecimal(mg), DoseUnit.MG, "", noor, noor);
    }

    /** Refused with {@code message}, and every table (record, withdrawals, audit trail, hash chain) as it was. */
    private void refused(ThrowingCallable charting, String message) {
        List<Long> before = db.check().counts().values().stream().toList();
        assertThatThrownBy(charting).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
        assertThat(db.check().counts().values().stream().toList()).as("nothing written").isEqualTo(before);
    }

    private List<Administration> standing() {
        return db.read(s -> s.administrations().current(mrn));
    }

    @Test
    void aScheduledDoseGivenOnTimeIsRecordedAndAudited() {
        Administration dose = given(morphineStopped, "2026-03-01T14:00:00+01:00", "10", "");
        assertThat(standing()).containsExactly(dose);
        assertThat(dose.patientId()).isEqualTo(mrn);
        assertThat(db.<List<AuditEntry>>read(s -> s.audit().forPatient(mrn))).anySatisfy(e -> {
            assertThat(e.entity()).isEqualTo("administration");
            assertThat(e.detail()).contains("morphine oral 10 mg x 4/day: 10 mg given at 2026-03-01T14:00+01:00 by Nurse Noor Example (nurse)");
        });
    }

    @Test
    void aHeldOrRefusedDoseNeedsItsReason() {
        refused(() -> mar.recordDose(morphineStopped.id(), at("2026-03-01T14:00:00+01:00"), new BigDecimal("10"), DoseUnit.MG,
                AdministrationStatus.HELD, "  ", noor, noor), "Note: say why the dose was held");
        refused(() -> mar.recordDose(morphineStopped.id(), at("2026-03-01T14:00:00+01:00"), new BigDecimal("10"), DoseUnit.MG,
                AdministrationStatus.REFUSED, "", noor, noor), "Note: say why the dose was refused");
        Administration held = mar.recordDose(morphineStopped.id(), at("2026-03-01T14:00:00+01:00"), new BigDecimal("10"), DoseUnit.MG,
                AdministrationStatus.HELD, "POSS 3, too drowsy", noor, noor);
        assertThat(standing()).containsExactly(held);
    }

    @Test
    void aDoseWhenNoOrderWasRunningIsRefused() {
        refused(() -> given(morphineStopped, "2026-03-01T07:59:00+01:00", "10", ""),
                "Time given: 2026-03-01T07:59+01:00 is before morphine oral 10 mg x 4/day was started (2026-03-01T08:00+01:00)");
        refused(() -> given(morphineStopped, "2026-03-02T08:00:00+01:00", "10", ""),
                "Time given: 2026-03-02T08:00+01:00 is at or after the stop of morphine oral 10 mg x 4/day (2026-03-02T08:00+01:00)");
        refused(() -> given(morphineStopped, "2026-03-02T14:00:00+01:00", "10", ""), "at or after the stop of");
        refused(() -> mar.recordDose(OrderId.random(), at("2026-03-01T14:00:00+01:00"), BigDecimal.TEN, DoseUnit.MG,
                AdministrationStatus.GIVEN, "", noor, noor), "Order: there is no such order");
    }

    @Test
    void aSyringeDriverTakesNoSingleDoses() {
        refused(() -> given(syringeDriver, "2026-03-01T14:00:00+01:00", "1", ""),
                "Order: morphine sc infusion 1 mg/h is an infusion; it counts at its rate for as long as it runs");
    }

    @Test
    void aDoseInTheFutureIsRefused() {
        refused(() -> given(oxycodonePrn, "2026-03-03T14:00:00+01:00", "5", ""), "Time given: 2026-03-03T14:00+01:00 is in the future");
    }

    @Test
    void aDoseOfNothingOrInAnotherUnitIsRefused() {
        refused(() -> given(oxycodonePrn, "2026-03-02T14:00:00+01:00", "0", ""), "Dose: must be a number above 0");
        refused(() -> mar.recordDose(oxycodonePrn.id(), at("2026-03-02T14:00:00+01:00"), new BigDecimal("5000"), DoseUnit.MCG,
                AdministrationStatus.GIVEN, "", noor, noor), "Unit: mcg is not the unit of oxycodone oral 5 mg PRN, at most 2/day (mg)");
        refused(() -> mar.recordDose(oxycodonePrn.id(), at("2026-03-02T14:00:00+01:00"), new BigDecimal("5"), null,
                AdministrationStatus.GIVEN, "", noor, noor), "Unit: required");
    }

    @Test
    void aPrnDoseAboveItsOrderIsRecordedOnlyWithWhy() {
        refused(() -> given(oxycodonePrn, "2026-03-02T14:00:00+01:00", "10", ""),
                "Dose: 10 mg is above the 5 mg that oxycodone oral 5 mg PRN, at most 2/day allows; if that is what was given, say why in the note");
        Administration doubled = given(oxycodonePrn, "2026-03-02T14:00:00+01:00", "10", "Dr Testwell said 10 mg by phone, pain 9/10");
        assertThat(standing()).containsExactly(doubled);
    }

    @Test
    void aPrnDoseBeyondItsMostADayIsRecordedOnlyWithWhyAndTheDayIsTheWardsCalendarDay() {
        given(oxycodonePrn, "2026-03-02T06:00:00+01:00", "5", "");
        given(oxycodonePrn, "2026-03-02T23:30:00+01:00", "5", "");
        refused(() -> given(oxycodonePrn, "2026-03-02T22:00:00+01:00", "5", ""),
                "Doses given on 2026-03-02: this would be dose 3, and oxycodone oral 5 mg PRN, at most 2/day allows at most 2 a day");
        // 00:30 in Berlin is the next day on the ward, though still 2 March in UTC
        given(oxycodonePrn, "2026-03-03T00:30:00+01:00", "5", "");
        given(oxycodonePrn, "2026-03-02T22:00:00+01:00", "5", "pain crisis, on-call doctor informed");
        assertThat(standing()).hasSize(4);
    }

    @Test
    void aPcaReadingCoversAPeriodThatOverlapsNoOtherReading() {
        refused(() -> mar.recordDose(pca.id(), at("2026-03-01T12:00:00+01:00"), new BigDecimal("3"), DoseUnit.MG, AdministrationStatus.GIVEN,
                "", noor, noor), "Period start: a PCA reading is the amount delivered since the previous reading");
        refused(() -> mar.recordPcaReading(pca.id(), null, at("2026-03-01T12:00:00+01:00"), new BigDecimal("3"), DoseUnit.MG, "", noor, noor),
                "Period start: required");
        refused(() -> reading("2026-03-01T12:00:00+01:00", "2026-03-01T12:00:00+01:00", "3"),
                "Period start: 2026-03-01T12:00+01:00 is not before the reading at 2026-03-01T12:00+01:00");
        refused(() -> reading("2026-03-01T07:00:00+01:00", "2026-03-01T12:00:00+01:00", "3"),
                "Period start: 2026-03-01T07:00+01:00 is before morphine iv PCA 1 mg bolus was started");
        refused(() -> mar.recordPcaReading(oxycodonePrn.id(), at("2026-03-01T10:00:00+01:00"), at("2026-03-01T12:00:00+01:00"),
                new BigDecimal("5"), DoseUnit.MG, "", noor, noor), "Period start: only a PCA pump reading covers a period");

        Administration first = reading("2026-03-01T08:00:00+01:00", "2026-03-01T12:00:00+01:00", "3");
        refused(() -> reading("2026-03-01T11:00:00+01:00", "2026-03-01T16:00:00+01:00", "4"),
                "Period: 2026-03-01T11:00+01:00 to 2026-03-01T16:00+01:00 overlaps the reading already recorded for 2026-03-01T08:00+01:00"
                        + " to 2026-03-01T12:00+01:00; if that reading is wrong, withdraw it first");
        Administration afterAGap = reading("2026-03-01T13:00:00+01:00", "2026-03-01T16:00:00+01:00", "2");
        mar.withdraw(first.id(), "read from the wrong pump", noor);
        Administration corrected = reading("2026-03-01T08:00:00+01:00", "2026-03-01T13:00:00+01:00", "3.5");
        assertThat(db.<List<Administration>>read(s -> s.administrations().currentOfOrder(pca.id()))).containsExactly(corrected, afterAGap);
    }

    @Test
    void aWithdrawalNeedsItsReasonAndLeavesTheDoseOnRecord() {
        Administration dose = given(oxycodonePrn, "2026-03-02T14:00:00+01:00", "5", "");
        refused(() -> mar.withdraw(dose.id(), " ", noor), "Reason for withdrawing the dose record: required");
        mar.withdraw(dose.id(), "charted for the wrong patient", noor);
        assertThat(standing()).isEmpty();
        assertThat(db.<Optional<Administration>>read(s -> s.administrations().find(dose.id()))).contains(dose);
        // withdrawn, it no longer counts towards the day's most doses
        given(oxycodonePrn, "2026-03-02T15:00:00+01:00", "5", "");
        given(oxycodonePrn, "2026-03-02T20:00:00+01:00", "5", "");
    }

    @Test
    void someoneWhoOnlyReadsCannotChart() {
        Clinician visitor = db.write(s -> s.clinicians().findOrCreate("Visiting student", Role.OTHER));
        List<Long> before = db.check().counts().values().stream().toList();
        assertThatThrownBy(() -> mar.recordDose(oxycodonePrn.id(), at("2026-03-02T14:00:00+01:00"), new BigDecimal("5"), DoseUnit.MG,
                AdministrationStatus.GIVEN, "", noor, visitor)).isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("this needs a nurse or a neurologist");
        assertThat(db.check().counts().values().stream().toList()).isEqualTo(before);
    }
}
