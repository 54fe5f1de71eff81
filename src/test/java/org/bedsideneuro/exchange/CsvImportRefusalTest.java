package org.bedsideneuro.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

/** Folders a ward might really send: each is refused with every problem named, and nothing is written. */
@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class CsvImportRefusalTest {
    private static final String PATIENTS_HEADER = "patient_id,family_name,given_name,birth_date,sex,ward,bed\n";
    private static final String ORDERS_HEADER = "patient_id,drug,dose,unit,route,doses_per_day,start,stop,note\n";
    private static final String FINDINGS_HEADER = "patient_id,recorded_at,recorded_by,role,finding,side,value,note\n";

    @Parameter
    Backend backend;

    @TempDir
    Path dir;
    private Database db;
    private CsvImporter importer;
    private Map<String, Long> countsBefore;

    @BeforeEach
    void wardAlreadyImported() {
        db = backend.open(dir, "ward", SyntheticWard.CLOCK);
        importer = new CsvImporter(db, SyntheticWard.CLOCK);
        assertThat(importer.importFolder(SyntheticWard.writeTo(dir.resolve("ward")), SyntheticWard.IMPORTER).succeeded()).isTrue();
        countsBefore = db.check().counts();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void headerWithAMissingAndAnUnknownColumnIsRefusedNamingBoth() {
        ImportReport report = importFiles("patient_id,family_name,given_name,birth_date,gender,ward,bed\nMRN-9,Nowak,Ewa,1960-01-01,female,,\n",
                null, null);

        assertThat(problems(report)).containsExactlyInAnyOrder(
                "patients.csv:1: header: unknown column 'gender'; allowed: patient_id, family_name, given_name, birth_date, sex, ward, bed",
                "patients.csv:1: header: missing column 'sex'");
        assertNothingWritten(report);
    }

    @Test
    void columnsInAnotherOrderAreFine() {
        ImportReport report = importFiles("sex,bed,ward,patient_id,birth_date,given_name,family_name\nfemale,,,MRN-9,1960-01-01,Ewa,Nowak\n",
                null, null);

        assertThat(report.problems()).isEmpty();
        assertThat(report.patientsAdded()).isEqualTo(1);
    }

    @Test
    void valuesOffTheirScaleAreRefusedEachOnItsLineAndColumn() {
        ImportReport report = importFiles(null, null, FINDINGS_HEADER
                + "MRN-001,2026-02-28T09:00:00+01:00,Dr Nowak,neurologist,strength.hip_flexion,L,6,\n"
                + "MRN-001,2026-02-28T09:00:00+01:00,Dr Nowak,neurologist,reflex.patellar,R,5,\n"
                + "MRN-001,2026-02-28T09:00:00+01:00,Dr Nowak,neurologist,myoclonus.window_minutes,,0,\n"
                + "MRN-001,2026-02-28T09:00:00+01:00,Dr Nowak,neurologist,gait.romberg,,negative,\n");

        assertThat(problems(report)).satisfiesExactly(
                p -> assertThat(p).startsWith("findings.csv:2: value: ").contains("strength.hip_flexion", "'6' is not allowed", "4-"),
                p -> assertThat(p).startsWith("findings.csv:3: value: ").contains("reflex.patellar", "'5'"),
                p -> assertThat(p).startsWith("findings.csv:4: value: ").contains("myoclonus.window_minutes", "'0' is out of range"));
        assertNothingWritten(report);
    }

    @Test
    void unknownFindingCodeWrongSidesAndAnEmptyValueAreRefused() {
        ImportReport report = importFiles(null, null, FINDINGS_HEADER
                + "MRN-001,2026-02-28T09:00:00+01:00,Dr Nowak,neurologist,strength.big_toe,L,5,\n"
                + "MRN-001,2026-02-28T09:00:00+01:00,Dr Nowak,neurologist,gait.romberg,L,negative,\n"
                + "MRN-001,2026-02-28T09:00:00+01:00,Dr Nowak,neurologist,reflex.biceps,,2,\n"
                + "MRN-001,2026-02-28T09:00:00+01:00,Dr Nowak,neurologist,reflex.triceps,X,2,\n"
                + "MRN-001,2026-02-28T09:00:00+01:00,Dr Nowak,neurologist,oin.seizure,,,\n");

        assertThat(problems(report)).containsExactly(
                "findings.csv:2: finding: unknown finding code 'strength.big_toe'",
                "findings.csv:3: side: gait.romberg has no side; leave it empty",
                "findings.csv:4: side: reflex.biceps needs a side (L or R)",
                "findings.csv:5: side: 'X' is not allowed; allowed values: L, R",
                "findings.csv:6: value: empty; a row must record a value (oin.seizure: yes, no)");
        assertNothingWritten(report);
    }

    @Test
    void unknownSexRoleUnitRouteAndAStopBeforeTheStartAreRefused() {
        ImportReport report = importFiles(PATIENTS_HEADER + "MRN-9,Nowak,Ewa,1960-01-01,f,,\n",
                ORDERS_HEADER + "MRN-001,oxycodone,5,ml,po,4,2026-02-20T08:00:00+01:00,,\n"
                        + "MRN-001,oxycodone,5,mg,oral,4,2026-02-20T08:00:00+01:00,2026-02-19T08:00:00+01:00,\n",
                FINDINGS_HEADER + "MRN-001,2026-02-28T09:00:00+01:00,Dr Nowak,doctor,gait.romberg,,negative,\n");

        assertThat(problems(report)).containsExactly(
                "patients.csv:2: sex: 'f' is not allowed; allowed values: female, male, other, unknown",
                "medications.csv:2: unit: 'ml' is not allowed; allowed values: mg, mcg, mcg/h, mg/h",
                "medications.csv:2: route: 'po' is not allowed; allowed values: oral, iv, sc, im, transdermal, sublingual, intrathecal",
                "medications.csv:3: stop: 2026-02-19T08:00+01:00 is not after the start 2026-02-20T08:00+01:00",
                "findings.csv:2: role: 'doctor' is not allowed; allowed values: neurologist, nurse, other");
        assertNothingWritten(report);
    }

    @Test
    void aPatientInNeitherTheFileNorTheDatabaseIsRefused() {
        ImportReport report = importFiles(null, ORDERS_HEADER + "MRN-404,morphine,5,mg,oral,6,2026-02-20T08:00:00+01:00,,\n",
                FINDINGS_HEADER + "MRN-404,2026-02-28T09:00:00+01:00,Dr Nowak,neurologist,gait.romberg,,negative,\n");

        assertThat(problems(report)).containsExactly(
                "medications.csv:2: patient_id: no patient with MRN MRN-404 in patients.csv or in the database",
                "findings.csv:2: patient_id: no patient with MRN MRN-404 in patients.csv or in the database");
        assertNothingWritten(report);
    }

    @Test
    void badGradesAndPatientsNobodyKnowsAreAllReportedInOneRun() {
        ImportReport report = importFiles(null,
                ORDERS_HEADER + "MRN-404,morphine,5,mg,oral,6,2026-02-20T08:00:00+01:00,,\n",
                FINDINGS_HEADER
                        + "MRN-001,2026-02-28T09:00:00+01:00,Dr Nowak,neurologist,strength.hip_flexion,L,6,\n"
                        + "MRN-404,2026-02-28T09:30:00+01:00,Dr Nowak,neurologist,gait.romberg,,negative,\n"
                        + "MRN-001,2026-02-28T09:00:00+01:00,Dr Nowak,neurologist,reflex.patellar,R,5,\n"
                        + "MRN-405,2026-02-28T22:00:00+01:00,Nurse Kowalska,nurse,oin.sedation_poss,,5,\n");

        assertThat(problems(report)).satisfiesExactly(
                p -> assertThat(p).isEqualTo("medications.csv:2: patient_id: no patient with MRN MRN-404 in patients.csv or in the database"),
                p -> assertThat(p).startsWith("findings.csv:2: value: ").contains("'6'"),
                p -> assertThat(p).isEqualTo("findings.csv:3: patient_id: no patient with MRN MRN-404 in patients.csv or in the database"),
                p -> assertThat(p).startsWith("findings.csv:4: value: ").contains("'5'"),
                p -> assertThat(p).isEqualTo("findings.csv:5: patient_id: no patient with MRN MRN-405 in patients.csv or in the database"),
                p -> assertThat(p).startsWith("findings.csv:5: value: ").contains("'5'"));
        assertNothingWritten(report);
    }

    @Test
    void anotherPersonsMrnAndACorrectedFindingAreReportedBesideBadCells() {
        ImportReport report = importFiles(PATIENTS_HEADER
                        + "MRN-001,Żółć,Łukasz,1956-04-03,male,Neuro 3,12A\n"
                        + "MRN-9,Nowak,Ewa,1960-01-01,f,,\n",
                null,
                FINDINGS_HEADER
                        + "MRN-001,2026-02-26T09:15:00+01:00,Dr Nowak,neurologist,strength.ankle_dorsiflexion,L,3,\n"
                        + "MRN-001,2026-02-28T09:00:00+01:00,Dr Nowak,doctor,gait.romberg,,negative,\n");

        assertThat(problems(report)).containsExactly(
                "patients.csv:2: patient_id: this MRN belongs to another person (Żółć, Łukasz, born 1956-04-02, male)",
                "patients.csv:3: sex: 'f' is not allowed; allowed values: female, male, other, unknown",
                "findings.csv:2: value: '3' differs from the saved value '4-'; a correction is an amendment, made in the app",
                "findings.csv:3: role: 'doctor' is not allowed; allowed values: neurologist, nurse, other");
        assertNothingWritten(report);
    }

    @Test
    void impossibleDatesAndTimesWithoutAnOffsetAreRefused() {
        ImportReport report = importFiles(PATIENTS_HEADER + "MRN-9,Nowak,Ewa,1960-02-30,female,,\nMRN-10,Nowak,Jan,01/02/1960,male,,\n",
                ORDERS_HEADER + "MRN-001,morphine,5,mg,oral,6,2026-02-20T08:00:00,,\n",
                FINDINGS_HEADER + "MRN-001,2026-02-28 09:00,Dr Nowak,neurologist,gait.romberg,,negative,\n");

        assertThat(problems(report)).containsExactly(
                "patients.csv:2: birth_date: '1960-02-30' is not a date such as 1950-07-14 (YYYY-MM-DD)",
                "patients.csv:3: birth_date: '01/02/1960' is not a date such as 1950-07-14 (YYYY-MM-DD)",
                "medications.csv:2: start: '2026-02-20T08:00:00' is not a time with an offset such as 2026-03-01T08:30:00+01:00",
                "findings.csv:2: recorded_at: '2026-02-28 09:00' is not a time with an offset such as 2026-03-01T08:30:00+01:00");
        assertNothingWritten(report);
    }

    @Test
    void datesAndTimesInTheFutureAreRefused() {
        ImportReport report = importFiles(PATIENTS_HEADER + "MRN-9,Nowak,Ewa,2026-03-02,female,,\n",
                ORDERS_HEADER + "MRN-001,morphine,5,mg,oral,6,2026-03-01T12:00:00+01:00,,\n",
                FINDINGS_HEADER + "MRN-001,2026-03-01T10:00:01Z,Dr Nowak,neurologist,gait.romberg,,negative,\n");

        assertThat(problems(report)).containsExactly(
                "patients.csv:2: birth_date: 2026-03-02 is in the future",
                "medications.csv:2: start: 2026-03-01T12:00+01:00 is in the future",
                "findings.csv:2: recorded_at: 2026-03-01T10:00:01Z is in the future");
        assertNothingWritten(report);
    }

    @Test
    void duplicateRowsWithinAFileAreRefusedPointingToTheFirst() {
        String finding = "MRN-001,2026-02-28T09:00:00+01:00,Dr Nowak,neurologist,gait.romberg,,negative,\n";
        String order = "MRN-001,morphine,5,mg,oral,6,2026-02-20T08:00:00+01:00,,\n";
        ImportReport report = importFiles(PATIENTS_HEADER + "MRN-9,Nowak,Ewa,1960-01-01,female,,\nMRN-9,Nowak,Ewa,1960-01-01,female,,\n",
                ORDERS_HEADER + order + order.replace(",5,", ",5.0,"), FINDINGS_HEADER + finding + finding.replace("negative", "positive"));

        assertThat(problems(report)).containsExactly(
                "patients.csv:3: patient_id: MRN MRN-9 is already on line 2",
                "medications.csv:3: the same order (patient, drug, dose, unit, route, doses per day, start) as line 2",
                "findings.csv:3: finding: gait.romberg for this patient, time and clinician is already on line 2");
        assertNothingWritten(report);
    }

    @Test
    void oneExamWrittenWithTwoOffsetsIsRefused() {
        ImportReport report = importFiles(null, null, FINDINGS_HEADER
                + "MRN-001,2026-02-28T09:00:00+01:00,Dr Nowak,neurologist,gait.romberg,,negative,\n"
                + "MRN-001,2026-02-28T08:00:00Z,Dr Nowak,neurologist,gait.aid,,none,\n");

        assertThat(problems(report)).containsExactly("findings.csv:3: recorded_at: the same moment as line 2 written with another"
                + " offset (Z here, +01:00 there); write the time of one exam the same way in all its rows");
        assertNothingWritten(report);
    }

    @Test
    void importingTheSameFolderTwiceChangesNothingTheSecondTime() throws Exception {
        ImportReport again = importer.importFolder(dir.resolve("ward"), SyntheticWard.IMPORTER);

        assertThat(again.problems()).isEmpty();
        assertThat(again.patientsSkipped()).isEqualTo(3);
        assertThat(again.ordersSkipped()).isEqualTo(4);
        assertThat(again.administrationsSkipped()).isEqualTo(3);
        assertThat(again.findingsSkipped()).isEqualTo(11);
        assertThat(again.patientsAdded() + again.patientsMoved() + again.ordersAdded() + again.administrationsAdded() + again.findingsAdded()
                + again.examsAdded()).isZero();
        assertThat(db.check().counts()).isEqualTo(countsBefore);

        Path first = dir.resolve("export1");
        new CsvExporter(db).export(first, ExportScope.wholeWard(), false);
        importer.importFolder(first, SyntheticWard.IMPORTER);
        Path second = dir.resolve("export2");
        new CsvExporter(db).export(second, ExportScope.wholeWard(), false);
        for (ExchangeFile file : ExchangeFile.values()) {
            assertThat(Files.readAllBytes(second.resolve(file.fileName()))).isEqualTo(Files.readAllBytes(first.resolve(file.fileName())));
        }
        assertThat(db.check().counts()).isEqualTo(countsBefore);
    }

    @Test
    void anotherValueForASavedFindingIsRefusedAsAnAmendment() {
        ImportReport report = importFiles(null, null, FINDINGS_HEADER
                + "MRN-001,2026-02-26T09:15:00+01:00,Dr Nowak,neurologist,strength.ankle_dorsiflexion,L,3,\n");

        assertThat(problems(report)).containsExactly(
                "findings.csv:2: value: '3' differs from the saved value '4-'; a correction is an amendment, made in the app");
        assertNothingWritten(report);
    }

    @Test
    void aNewFindingForASavedExamIsRefusedAsAnAmendment() {
        ImportReport report = importFiles(null, null, FINDINGS_HEADER
                + "MRN-001,2026-02-26T09:15:00+01:00,Dr Nowak,neurologist,strength.ankle_dorsiflexion,L,4-,\n"
                + "MRN-001,2026-02-26T09:15:00+01:00,Dr Nowak,neurologist,reflex.patellar,L,2,\n");

        assertThat(problems(report)).containsExactly("findings.csv:3: finding: reflex.patellar.L is not in the exam saved for this"
                + " patient, time and clinician; additions to a saved exam are an amendment, made in the app");
        assertNothingWritten(report);
    }

    @Test
    void anExamWithdrawnInTheAppIsNotBroughtBackByImportingTheFolderAgain() {
        db.write(s -> {
            var nurse = s.clinicians().find("Nurse Kowalska", Role.NURSE).orElseThrow();
            var observation = s.exams().current(new PatientId("MRN-001")).get(1);
            s.exams().voidExam(observation.id(), nurse, "entered for the wrong patient");
            return null;
        });
        countsBefore = db.check().counts();

        ImportReport report = importer.importFolder(dir.resolve("ward"), SyntheticWard.IMPORTER);

        assertThat(problems(report)).containsExactly("findings.csv:8: recorded_at: the exam recorded at this time by this clinician"
                + " was withdrawn in the app; remove its rows, or record it again in the app");
        assertNothingWritten(report);
    }

    @Test
    void anMrnThatBelongsToAnotherPersonIsRefused() {
        ImportReport report = importFiles(PATIENTS_HEADER + "MRN-001,Żółć,Łukasz,1956-04-03,male,Neuro 3,12A\n", null, null);

        assertThat(problems(report)).containsExactly(
                "patients.csv:2: patient_id: this MRN belongs to another person (Żółć, Łukasz, born 1956-04-02, male)");
        assertNothingWritten(report);
    }

    @Test
    void aPatientInAnotherBedIsMoved() {
        ImportReport report = importFiles(PATIENTS_HEADER + "MRN-002,Иванова,Мария,1948-11-30,female,ICU,2\n", null, null);

        assertThat(report.problems()).isEmpty();
        assertThat(report.patientsMoved()).isEqualTo(1);
        assertThat(db.read(s -> s.patients().find(new PatientId("MRN-002"))).orElseThrow().location()).isEqualTo("ICU / 2");
    }

    @Test
    void headerOnlyFilesImportNothingAndAZeroByteFileHasNoHeader() {
        ImportReport headersOnly = importFiles(PATIENTS_HEADER, ORDERS_HEADER, FINDINGS_HEADER);
        assertThat(headersOnly.problems()).isEmpty();
        assertThat(headersOnly.summary()).contains("Patients: 0 added");
        assertThat(db.check().counts()).isEqualTo(countsBefore);

        ImportReport empty = importFiles(PATIENTS_HEADER, "", null);
        assertThat(problems(empty)).singleElement().asString().startsWith("medications.csv:1: no header");
        assertNothingWritten(empty);
    }

    @Test
    void aFolderWithoutAnyExchangeFileIsRefused() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("nothing"));

        ImportReport report = importer.importFolder(folder, SyntheticWard.IMPORTER);

        assertThat(problems(report)).singleElement().asString()
                .endsWith("holds none of patients.csv, medications.csv, administrations.csv, findings.csv");
        assertNothingWritten(report);
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedWithTheirLineInsteadOfMojibake() {
        Path folder = dir.resolve("latin1");
        byte[] latin1 = (FINDINGS_HEADER + "MRN-001,2026-02-28T09:00:00+01:00,Dr Nowak,neurologist,gait.romberg,,negative,\n"
                + "MRN-001,2026-02-28T09:00:00+01:00,Dr Nowak,neurologist,gait.aid,,none,r\u00e9sum\u00e9\n").getBytes(StandardCharsets.ISO_8859_1);
        SyntheticWard.writeBytes(folder, "findings.csv", latin1);

        ImportReport report = importer.importFolder(folder, SyntheticWard.IMPORTER);

        assertThat(problems(report)).containsExactly("findings.csv:3: file is not valid UTF-8");
        assertNothingWritten(report);
    }

    @Test
    void aQuotedNoteOverSeveralLinesKeepsLaterLineNumbersRight() {
        ImportReport report = importFiles(null, null, FINDINGS_HEADER
                + "MRN-001,2026-02-28T09:00:00+01:00,Dr Nowak,neurologist,gait.romberg,,negative,\"steady,\nthen swayed\n\"\"a lot\"\"\"\n"
                + "MRN-001,2026-02-28T09:00:00+01:00,Dr Nowak,neurologist,gait.aid,,crutches,\n");

        assertThat(problems(report)).singleElement().asString().startsWith("findings.csv:5: value: ");
        assertNothingWritten(report);
    }

    @Test
    void everyBadRowOfAFileIsReportedNotOnlyTheFirst() {
        ImportReport report = importFiles(PATIENTS_HEADER
                + "MRN-9,,Ewa,1960-01-01,female,,\n"
                + "MRN-10,Nowak,Jan,1899-12-31,male,,\n"
                + "MRN-11,Nowak,Ola,1990-01-01,female,Neuro 3,7\n"
                + ",Nowak,Piotr,1960-13-01,man,,\n"
                + "MRN-12,Nowak,Adam\n", null, null);

        assertThat(problems(report)).containsExactly(
                "patients.csv:2: family_name: required",
                "patients.csv:3: birth_date: 1899-12-31 is before 1900-01-01",
                "patients.csv:5: patient_id: MRN: required (1-32 characters)",
                "patients.csv:5: birth_date: '1960-13-01' is not a date such as 1950-07-14 (YYYY-MM-DD)",
                "patients.csv:5: sex: 'man' is not allowed; allowed values: female, male, other, unknown",
                "patients.csv:6: has 3 fields, the header has 7");
        assertNothingWritten(report);
    }

    private ImportReport importFiles(String patients, String medications, String findings) {
        Path folder = dir.resolve("incoming-" + System.nanoTime());
        SyntheticWard.writeFiles(folder, patients, medications, findings);
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    @Test
    void versionTwoOrdersSayWhatTheirKindNeeds() {
        String header = "patient_id,drug,kind,dose,unit,route,doses_per_day,start,stop,indication,outcome,note\n";
        ImportReport report = importFiles(PATIENTS_HEADER, header
                        + "MRN-001,morphine,infusion,1,mg/h,oral,,2026-02-20T08:00:00+01:00,,palliative,,\n"
                        + "MRN-001,morphine,infusion,1,mg/h,sc,4,2026-02-20T08:00:00+01:00,,palliative,,\n"
                        + "MRN-001,oxycodone,prn,5,mg,oral,,2026-02-20T08:00:00+01:00,,,,\n"
                        + "MRN-001,oxycodone,bolus,5,mg,oral,4,2026-02-20T08:00:00+01:00,,pain,,\n"
                        + "MRN-001,gabapentin,scheduled,300,mg,oral,3,2026-02-20T08:00:00+01:00,,neuropathic_pain,ineffective,\n",
                FINDINGS_HEADER);
        assertThat(problems(report)).containsExactly(
                "medications.csv:2: route: an infusion runs iv or sc, not oral",
                "medications.csv:3: doses_per_day: an infusion runs at its rate, it has no doses per day",
                "medications.csv:4: doses_per_day: must be above 0 and at most 48",
                "medications.csv:5: kind: 'bolus' is not one of scheduled, prn, infusion, pca",
                "medications.csv:5: indication: 'pain' is not one of neuropathic_pain, nociceptive_pain, cancer_pain, palliative, myoclonus, other, (empty)",
                "medications.csv:6: outcome: a trial's outcome is recorded once its order is stopped");
        assertNothingWritten(report);
    }
}
