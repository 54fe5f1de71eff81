package org.bedsideneuro.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.domain.patient.PatientId;
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
 * administrations.csv rows that break a rule of the format ("Errors include", shared/exchange-format.md; clinical
 * reference section 6), each refused on its line and column in the words the window uses, nothing written; and the
 * exceptions the format allows (a PRN dose beyond its order with a note saying why, a PCA reading at the pump's stop,
 * a gap between readings) imported. The ward already holds {@link SyntheticMar}.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class CsvAdministrationRefusalTest {
    private static final String HEADER = "patient_id,drug,route,order_start,order_kind,given_at,period_start,dose,unit,status,given_by,role,note\n";
    private static final String ORDERS_HEADER = "patient_id,drug,kind,dose,unit,route,doses_per_day,start,stop,indication,outcome,note\n";
    /** The order each row is given under: MRN-101's stopped oral morphine, PRN and syringe driver; MRN-102's PCA and oxycodone. */
    private static final String ORAL = "MRN-101,morphine,oral,2026-02-20T08:00:00+01:00,scheduled,";
    private static final String PRN = "MRN-101,morphine,sc,2026-02-24T08:00:00+01:00,prn,";
    private static final String DRIVER = "MRN-101,morphine,sc,2026-02-24T08:00:00+01:00,infusion,";
    private static final String PCA = "MRN-102,morphine,iv,2026-02-26T14:00:00+01:00,pca,";
    private static final String OXYCODONE = "MRN-102,oxycodone,oral,2026-02-28T10:00:00+01:00,scheduled,";
    private static final String BY_NURSE = "Nurse Kowalska,nurse,";

    @Parameter
    Backend backend;

    @TempDir
    Path dir;
    private Database db;
    private CsvImporter importer;
    private Map<String, Long> countsBefore;

    @BeforeEach
    void chartedWardAlreadyImported() {
        db = backend.open(dir, "ward", SyntheticWard.CLOCK);
        importer = new CsvImporter(db, SyntheticWard.CLOCK);
        // Among its rows, a PCA reading that ends exactly at the pump's stop: the last reading, taken when it is stopped.
        assertThat(importer.importFolder(SyntheticMar.writeTo(dir.resolve("mar")), SyntheticWard.IMPORTER).problems()).isEmpty();
        countsBefore = db.check().counts();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aDoseNamingNoOrderIsRefused() {
        ImportReport report = importAdministrations(HEADER
                + "MRN-101,morphine,oral,2026-02-21T08:00:00+01:00,,2026-02-23T08:00:00+01:00,,10,mg,given," + BY_NURSE + "\n"
                + "MRN-101,morphine,sc,2026-02-24T08:00:00+01:00,pca,2026-02-26T08:00:00+01:00,2026-02-26T04:00:00+01:00,1,mg,given," + BY_NURSE + "\n");

        assertThat(problems(report)).containsExactly(
                "administrations.csv:2: order_start: no morphine oral order started at 2026-02-21T08:00:00+01:00 for MRN-101 in"
                        + " medications.csv or in the database",
                "administrations.csv:3: order_kind: no pca order of morphine sc started at 2026-02-24T08:00:00+01:00; started then:"
                        + " morphine sc 2.5 mg PRN, at most 3/day; morphine sc infusion 1.5 mg/h");
        assertNothingWritten(report);
    }

    @Test
    void aPcaAndItsBasalInfusionStartedTogetherNeedTheRowsOrderKind() {
        ImportReport report = importAdministrations(HEADER.replace("order_kind,", "")
                + "MRN-102,morphine,iv,2026-02-26T14:00:00+01:00,2026-02-27T14:00:00+01:00,2026-02-27T10:00:00+01:00,2,mg,given," + BY_NURSE + "\n");

        assertThat(problems(report)).containsExactly("administrations.csv:2: order_kind: two orders of morphine iv started at"
                + " 2026-02-26T14:00:00+01:00 (morphine iv infusion 0.5 mg/h; morphine iv PCA 1 mg bolus); say which in order_kind");
        assertNothingWritten(report);
    }

    @Test
    void aFileWithoutOrderKindImportsWhereNoTwoOrdersShareTheirStart() {
        ImportReport report = importAdministrations(HEADER.replace("order_kind,", "")
                + OXYCODONE.replace("scheduled,", "") + "2026-03-01T09:00:00+01:00,,5,mg,given," + BY_NURSE + "\n");

        assertThat(report.problems()).isEmpty();
        assertThat(report.administrationsAdded()).isEqualTo(1);
    }

    @Test
    void aDoseBeforeItsOrderStartedOrAtItsStopAndAReadingAfterThePumpStoppedAreRefused() {
        ImportReport report = importAdministrations(HEADER
                + ORAL + "2026-02-20T07:59:00+01:00,,10,mg,given," + BY_NURSE + "\n"
                + ORAL + "2026-02-24T08:00:00+01:00,,10,mg,given," + BY_NURSE + "\n"
                + PCA + "2026-02-28T10:30:00+01:00,2026-02-28T10:00:00+01:00,0.5,mg,given," + BY_NURSE + "\n");

        assertThat(problems(report)).containsExactly(
                "administrations.csv:2: given_at: 2026-02-20T07:59+01:00 is before morphine oral 10 mg x 4/day was started (2026-02-20T08:00+01:00)",
                "administrations.csv:3: given_at: 2026-02-24T08:00+01:00 is at or after the stop of morphine oral 10 mg x 4/day (2026-02-24T08:00+01:00)",
                "administrations.csv:4: given_at: 2026-02-28T10:30+01:00 is after the stop of morphine iv PCA 1 mg bolus (2026-02-28T10:00+01:00)");
        assertNothingWritten(report);
    }

    @Test
    void aDoseInTheFutureIsRefused() {
        ImportReport report = importAdministrations(HEADER + OXYCODONE + "2026-03-01T10:00:01Z,,5,mg,given," + BY_NURSE + "\n");

        assertThat(problems(report)).containsExactly("administrations.csv:2: given_at: 2026-03-01T10:00:01Z is in the future");
        assertNothingWritten(report);
    }

    @Test
    void aPrnDoseAboveItsOrdersDoseIsRefusedWithoutANote() {
        ImportReport report = importAdministrations(HEADER + PRN + "2026-02-26T09:00:00+01:00,,5,mg,given," + BY_NURSE + "\n");

        assertThat(problems(report)).containsExactly("administrations.csv:2: dose: 5 mg is above the 2.5 mg that morphine sc 2.5 mg PRN,"
                + " at most 3/day allows; if that is what was given, say why in the note");
        assertNothingWritten(report);
    }

    @Test
    void aPrnDoseAboveItsOrdersDoseIsImportedWhenItsNoteSaysWhy() {
        ImportReport report = importAdministrations(HEADER + PRN + "2026-02-26T09:00:00+01:00,,5,mg,given," + BY_NURSE
                + "severe breakthrough; Dr Nowak ordered 5 mg once\n");

        assertThat(report.problems()).isEmpty();
        assertThat(report.administrationsAdded()).isEqualTo(1);
    }

    @Test
    void morePrnDosesInADayThanItsMaximumAreRefusedOnTheLaterRowByTimeGiven() {
        ImportReport report = importAdministrations(HEADER
                + PRN + "2026-02-26T20:00:00+01:00,,2.5,mg,given," + BY_NURSE + "\n"
                + PRN + "2026-02-26T08:00:00+01:00,,2.5,mg,given," + BY_NURSE + "\n"
                + PRN + "2026-02-26T12:00:00+01:00,,2.5,mg,given," + BY_NURSE + "\n"
                + PRN + "2026-02-26T16:00:00+01:00,,2.5,mg,given," + BY_NURSE + "\n"
                // 27 February already has four doses on record (the fourth with its note): a fifth says why, or is refused.
                + PRN + "2026-02-27T23:30:00+01:00,,2.5,mg,given," + BY_NURSE + "\n");

        assertThat(problems(report)).containsExactly(
                "administrations.csv:2: given_at: Doses given on 2026-02-26: this would be dose 4, and morphine sc 2.5 mg PRN, at most"
                        + " 3/day allows at most 3 a day; if it was given, say why in the note",
                "administrations.csv:6: given_at: Doses given on 2026-02-27: this would be dose 5, and morphine sc 2.5 mg PRN, at most"
                        + " 3/day allows at most 3 a day; if it was given, say why in the note");
        assertNothingWritten(report);
    }

    @Test
    void morePrnDosesInADayThanItsMaximumAreImportedWhenTheirNoteSaysWhy() {
        ImportReport report = importAdministrations(HEADER
                + PRN + "2026-02-26T08:00:00+01:00,,2.5,mg,given," + BY_NURSE + "\n"
                + PRN + "2026-02-26T12:00:00+01:00,,2.5,mg,given," + BY_NURSE + "\n"
                + PRN + "2026-02-26T16:00:00+01:00,,2.5,mg,given," + BY_NURSE + "\n"
                + PRN + "2026-02-26T20:00:00+01:00,,2.5,mg,given," + BY_NURSE + "pain crisis; palliative team informed\n");

        assertThat(report.problems()).isEmpty();
        assertThat(report.administrationsAdded()).isEqualTo(4);
    }

    @Test
    void aDoseUnderAnInfusionIsRefused() {
        ImportReport report = importAdministrations(HEADER + DRIVER + "2026-02-26T09:00:00+01:00,,1.5,mg,given," + BY_NURSE + "\n");

        assertThat(problems(report)).containsExactly("administrations.csv:2: order_start: morphine sc infusion 1.5 mg/h is an infusion;"
                + " it counts at its rate for as long as it runs, so no dose is recorded under it (a change of rate is a new order)");
        assertNothingWritten(report);
    }

    @Test
    void aPcaReadingWithoutItsPeriodOrWithAPeriodNotBeforeItAndAPeriodOnAnotherKindAreRefused() {
        ImportReport report = importAdministrations(HEADER
                + PCA + "2026-02-27T14:00:00+01:00,,2,mg,given," + BY_NURSE + "\n"
                + PCA + "2026-02-27T16:00:00+01:00,2026-02-27T16:00:00+01:00,2,mg,given," + BY_NURSE + "\n"
                + ORAL + "2026-02-22T08:00:00+01:00,2026-02-22T04:00:00+01:00,10,mg,given," + BY_NURSE + "\n");

        assertThat(problems(report)).containsExactly(
                "administrations.csv:2: period_start: a PCA reading is the amount delivered since the previous reading (or since the pump"
                        + " was started); give the start of that period",
                "administrations.csv:3: period_start: 2026-02-27T16:00+01:00 is not before the reading at 2026-02-27T16:00+01:00",
                "administrations.csv:4: period_start: only a PCA pump reading covers a period; morphine oral 10 mg x 4/day is scheduled");
        assertNothingWritten(report);
    }

    @Test
    void overlappingPcaReadingsAreRefusedOnTheLaterRowByTimeGiven() {
        ImportReport report = importAdministrations(HEADER
                + PCA + "2026-02-27T18:00:00+01:00,2026-02-27T14:00:00+01:00,2,mg,given," + BY_NURSE + "\n"
                + PCA + "2026-02-27T16:00:00+01:00,2026-02-27T12:00:00+01:00,2,mg,given," + BY_NURSE + "\n"
                + PCA + "2026-02-27T11:00:00+01:00,2026-02-27T09:00:00+01:00,1,mg,given," + BY_NURSE + "\n");

        assertThat(problems(report)).containsExactly(
                "administrations.csv:2: period_start: 2026-02-27T14:00:00+01:00 to 2026-02-27T18:00:00+01:00 overlaps the reading on"
                        + " line 3 (2026-02-27T12:00:00+01:00 to 2026-02-27T16:00:00+01:00)",
                "administrations.csv:4: period_start: 2026-02-27T09:00+01:00 to 2026-02-27T11:00+01:00 overlaps the reading already"
                        + " recorded for 2026-02-27T06:00+01:00 to 2026-02-27T10:00+01:00; if that reading is wrong, withdraw it first");
        assertNothingWritten(report);
    }

    @Test
    void pcaReadingsWithAGapBetweenThemAreImported() {
        ImportReport report = importAdministrations(HEADER
                + PCA + "2026-02-27T14:00:00+01:00,2026-02-27T10:00:00+01:00,2,mg,given," + BY_NURSE + "\n"
                + PCA + "2026-02-27T22:00:00+01:00,2026-02-27T18:00:00+01:00,1.5,mg,given," + BY_NURSE + "\n");

        assertThat(report.problems()).isEmpty();
        assertThat(report.administrationsAdded()).isEqualTo(2);
    }

    @Test
    void aUnitThatIsNotTheOrdersIsRefused() {
        ImportReport report = importAdministrations(HEADER
                + ORAL + "2026-02-22T08:00:00+01:00,,10000,mcg,given," + BY_NURSE + "\n"
                + ORAL + "2026-02-22T12:00:00+01:00,,10,mg/h,given," + BY_NURSE + "\n");

        assertThat(problems(report)).containsExactly(
                "administrations.csv:2: unit: mcg is not the unit of morphine oral 10 mg x 4/day (mg)",
                "administrations.csv:3: unit: a dose given is in mg or mcg");
        assertNothingWritten(report);
    }

    @Test
    void aHeldDoseWithoutItsReasonAndAPcaReadingThatWasNotGivenAreRefused() {
        ImportReport report = importAdministrations(HEADER
                + ORAL + "2026-02-22T08:00:00+01:00,,10,mg,held," + BY_NURSE + "\n"
                + PCA + "2026-02-27T14:00:00+01:00,2026-02-27T10:00:00+01:00,2,mg,held," + BY_NURSE + "sedated\n");

        assertThat(problems(report)).containsExactly(
                "administrations.csv:2: note: say why the dose was held",
                "administrations.csv:3: status: a PCA reading records what the pump delivered (given), not held");
        assertNothingWritten(report);
    }

    @Test
    void aDoseWithdrawnInTheAppIsNotBroughtBackByImportingTheFolderAgain() {
        db.write(s -> {
            var nurse = s.clinicians().find("Nurse Kowalska", Role.NURSE).orElseThrow();
            var noon = s.administrations().current(new PatientId("MRN-101")).stream()
                    .filter(a -> a.instant().equals(Instant.parse("2026-02-23T11:00:00Z"))).findFirst().orElseThrow();
            s.administrations().withdraw(noon.id(), "charted twice", nurse);
            return null;
        });
        countsBefore = db.check().counts();

        ImportReport report = importer.importFolder(dir.resolve("mar"), SyntheticWard.IMPORTER);

        assertThat(problems(report)).containsExactly("administrations.csv:3: given_at: this dose was withdrawn in the app; remove its"
                + " row, or chart it again in the app");
        assertNothingWritten(report);
    }

    @Test
    void theSameDoseTwiceInOneFileIsRefusedPointingToTheFirst() {
        String dose = OXYCODONE + "2026-03-01T09:00:00+01:00,,5,mg,given," + BY_NURSE + "\n";
        ImportReport report = importAdministrations(HEADER + dose + dose.replace(",5,", ",5.0,"));

        assertThat(problems(report)).containsExactly("administrations.csv:3: the same dose (patient, drug, route, order start, time given,"
                + " dose, unit, status) as line 2");
        assertNothingWritten(report);
    }

    @Test
    void problemsOfEveryFileAreReportedInOneRunAndNothingIsWritten() {
        Path folder = dir.resolve("night-shift");
        SyntheticWard.writeFiles(folder, "patient_id,family_name,given_name,birth_date,sex,ward,bed\nMRN-9,Nowak,Ewa,1960-01-01,f,,\n",
                ORDERS_HEADER
                        + "MRN-102,oxycodone,prn,5,mg,oral,2,2026-02-28T12:00:00+01:00,,nociceptive_pain,,breakthrough\n"
                        + "MRN-102,tramadol,scheduled,0,mg,oral,4,2026-02-28T12:00:00+01:00,,,,\n",
                "patient_id,recorded_at,recorded_by,role,finding,side,value,note\n"
                        + "MRN-101,2026-02-28T09:00:00+01:00,Dr Nowak,doctor,gait.romberg,,negative,\n");
        String newPrn = "MRN-102,oxycodone,oral,2026-02-28T12:00:00+01:00,prn,";
        SyntheticWard.write(folder, "administrations.csv", HEADER
                + newPrn + "2026-02-28T12:30:00+01:00,,10,mg,given," + BY_NURSE + "\n"
                + newPrn + "2026-02-28T13:00:00+01:00,,5,mg,given," + BY_NURSE + "\n"
                + newPrn + "2026-02-28T15:00:00+01:00,,5,mg,given," + BY_NURSE + "\n"
                + newPrn + "2026-02-28T17:00:00+01:00,,5,mg,given," + BY_NURSE + "\n"
                // Under the refused tramadol order: its problem is reported on medications.csv, not again here.
                + "MRN-102,tramadol,oral,2026-02-28T12:00:00+01:00,scheduled,2026-02-28T13:00:00+01:00,,50,mg,given," + BY_NURSE + "\n"
                + "MRN-404,morphine,oral,2026-02-20T08:00:00+01:00,,2026-02-23T08:00:00+01:00,,10,mg,given," + BY_NURSE + "\n"
                + OXYCODONE + "2026-03-01T09:00:00+01:00,,5,mg,gave," + BY_NURSE + "\n");

        ImportReport report = importer.importFolder(folder, SyntheticWard.IMPORTER);

        assertThat(problems(report)).containsExactly(
                "patients.csv:2: sex: 'f' is not allowed; allowed values: female, male, other, unknown",
                "medications.csv:3: dose: must be a number above 0",
                "administrations.csv:2: dose: 10 mg is above the 5 mg that oxycodone oral 5 mg PRN, at most 2/day allows; if that is what"
                        + " was given, say why in the note",
                "administrations.csv:5: given_at: Doses given on 2026-02-28: this would be dose 3, and oxycodone oral 5 mg PRN, at most"
                        + " 2/day allows at most 2 a day; if it was given, say why in the note",
                "administrations.csv:7: patient_id: no patient with MRN MRN-404 in patients.csv or in the database",
                "administrations.csv:8: status: 'gave' is not allowed; allowed values: given, held, refused, not_given",
                "findings.csv:2: role: 'doctor' is not allowed; allowed values: neurologist, nurse, other");
        assertNothingWritten(report);
    }

    private ImportReport importAdministrations(String administrations) {
        Path folder = dir.resolve("incoming-" + System.nanoTime());
        SyntheticWard.write(folder, "administrations.csv", administrations);
        return importer.importFolder(folder, SyntheticWard.IMPORTER);
    }

    private void assertNothingWritten(ImportReport report) {
        assertThat(report.succeeded()).isFalse();
        assertThat(report.summary()).startsWith("Nothing was imported");
        assertThat(db.check().counts()).isEqualTo(countsBefore);
    }

    private static List<String> problems(ImportReport report) {
        return report.problems().stream().map(ExchangeProblem::toString).toList();
    }
}
