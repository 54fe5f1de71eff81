package org.bedsideneuro.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.finding.Finding;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.Side;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.persistence.Database;
import org.bedsideneuro.testdb.Backend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class CsvRoundTripTest {
    @Parameter
    Backend backend;

    @TempDir
    Path dir;

    @Test
    void importedWardExportsTheSameRowsOrderAside() throws IOException {
        Path in = SyntheticWard.writeTo(dir.resolve("in"));
        try (Database db = backend.open(dir, "ward", SyntheticWard.CLOCK)) {
            ImportReport report = new CsvImporter(db, SyntheticWard.CLOCK).importFolder(in, SyntheticWard.IMPORTER);
            assertThat(report.problems()).isEmpty();
            assertThat(report.patientsAdded()).isEqualTo(3);
            assertThat(report.ordersAdded()).isEqualTo(4);
            assertThat(report.administrationsAdded()).isEqualTo(3);
            assertThat(report.findingsAdded()).isEqualTo(11);
            assertThat(report.examsAdded()).isEqualTo(4);

            Path out = dir.resolve("out");
            ExportSummary summary = new CsvExporter(db).export(out, ExportScope.wholeWard(), false);

            assertThat(summary.administrations()).isEqualTo(3);
            assertThat(summary.findings()).isEqualTo(11);
            for (ExchangeFile file : ExchangeFile.values()) {
                assertThat(rows(out.resolve(file.fileName()))).as(file.fileName())
                        .containsExactlyInAnyOrderElementsOf(rows(in.resolve(file.fileName())));
            }
        }
    }

    @Test
    void exportWritesTheContractHeaderOrderWithCrlfAndKeepsTheRecordedOffset() throws IOException {
        try (Database db = importedWard()) {
            Path out = dir.resolve("out");
            new CsvExporter(db).export(out, ExportScope.wholeWard(), false);

            String findings = Files.readString(out.resolve("findings.csv"), StandardCharsets.UTF_8);
            assertThat(findings).startsWith("patient_id,recorded_at,recorded_by,role,finding,side,value,note\r\n");
            assertThat(findings).contains("MRN-002,2026-02-28T07:05:30.250+03:00,Сестра Петрова,nurse,lab.egfr,,38.5,\r\n");
            assertThat(findings).contains("\"absent even with\r\nreinforcement\"");
            assertThat(findings).contains(",12.50,");
        }
    }

    @Test
    void exportedWardImportedIntoAnEmptyDatabaseGivesTheSamePatientsOrdersAndCurrentFindings() {
        try (Database first = importedWard(); Database second = backend.open(dir, "other", SyntheticWard.CLOCK)) {
            Path out = dir.resolve("out");
            new CsvExporter(first).export(out, ExportScope.wholeWard(), false);

            ImportReport report = new CsvImporter(second, SyntheticWard.CLOCK).importFolder(out, SyntheticWard.IMPORTER);

            assertThat(report.problems()).isEmpty();
            List<Patient> copied = second.read(s -> s.patients().all());
            List<Patient> original = first.read(s -> s.patients().all());
            assertThat(copied).isEqualTo(original);
            assertThat(orders(second)).containsExactlyInAnyOrderElementsOf(orders(first));
            assertThat(findings(second)).containsExactlyInAnyOrderElementsOf(findings(first));
        }
    }

    @Test
    void anAmendedFindingIsExportedWithItsCurrentValueAndAVoidedExamIsLeftOut() throws IOException {
        try (Database db = importedWard()) {
            Clinician neurologist = db.read(s -> s.clinicians().find("Dr Nowak", Role.NEUROLOGIST)).orElseThrow();
            db.write(s -> {
                List<Exam> exams = s.exams().current(new PatientId("MRN-001"));
                Exam bedside = exams.get(0);
                List<Finding> changed = new ArrayList<>(bedside.findings());
                changed.replaceAll(f -> f.code() == FindingCode.ANKLE_DORSIFLEXION && f.side() == Side.LEFT
                        ? new Finding(FindingCode.ANKLE_DORSIFLEXION, Side.LEFT, FindingCode.ANKLE_DORSIFLEXION.parseValue("3"), "re-tested") : f);
                s.exams().amend(bedside.amend(changed, "", neurologist, SyntheticWard.CLOCK.instant(), "wrong side entered"));
                s.exams().voidExam(exams.get(1).id(), neurologist, "entered for the wrong patient");
                return null;
            });
            Path out = dir.resolve("out");
            new CsvExporter(db).export(out, ExportScope.wholeWard(), false);

            List<Map<String, String>> findings = rows(out.resolve("findings.csv"));
            assertThat(findings).filteredOn(r -> r.get("finding").equals("strength.ankle_dorsiflexion") && r.get("side").equals("L"))
                    .singleElement().satisfies(r -> assertThat(r.get("value")).isEqualTo("3"));
            assertThat(findings).noneMatch(r -> r.get("finding").startsWith("myoclonus."));
            assertThat(findings).hasSize(8);
        }
    }

    @Test
    void onePatientsExportHoldsOnlyThatPatient() throws IOException {
        try (Database db = importedWard()) {
            Path out = dir.resolve("out");
            ExportSummary summary = new CsvExporter(db).export(out, ExportScope.patient(new PatientId("MRN-002")), false);

            assertThat(summary.patients()).isEqualTo(1);
            assertThat(summary.orders()).isEqualTo(2);
            assertThat(summary.findings()).isEqualTo(2);
            for (ExchangeFile file : ExchangeFile.values()) {
                assertThat(rows(out.resolve(file.fileName()))).allMatch(r -> r.get("patient_id").equals("MRN-002"));
            }
        }
    }

    @Test
    void exportOfAnUnknownPatientIsRefusedAndWritesNothing() {
        try (Database db = importedWard()) {
            Path out = dir.resolve("out");

            assertThatThrownBy(() -> new CsvExporter(db).export(out, ExportScope.patient(new PatientId("MRN-404")), false))
                    .isInstanceOf(ExportException.class).hasMessageContaining("No patient with MRN MRN-404");
            assertThat(out).doesNotExist();
        }
    }

    @Test
    void exportRefusesToOverwriteAnEarlierExportUnlessAllowed() throws IOException {
        try (Database db = importedWard()) {
            Path out = dir.resolve("out");
            Files.createDirectories(out);
            Files.writeString(out.resolve("findings.csv"), "someone's work");

            assertThatThrownBy(() -> new CsvExporter(db).export(out, ExportScope.wholeWard(), false))
                    .isInstanceOf(ExportException.class).hasMessageContaining("already holds findings.csv");
            assertThat(Files.readString(out.resolve("findings.csv"))).isEqualTo("someone's work");
            try (var files = Files.list(out)) {
                assertThat(files).hasSize(1); // no temporary or partial file left behind
            }

            new CsvExporter(db).export(out, ExportScope.wholeWard(), true);
            assertThat(rows(out.resolve("findings.csv"))).hasSize(11);
        }
    }

    private Database importedWard() {
        Database db = backend.open(dir, "ward", SyntheticWard.CLOCK);
        ImportReport report = new CsvImporter(db, SyntheticWard.CLOCK).importFolder(SyntheticWard.writeTo(dir.resolve("in")),
                SyntheticWard.IMPORTER);
        assertThat(report.problems()).isEmpty();
        return db;
    }

    private static List<String> orders(Database db) {
        return db.read(s -> s.medications().all()).stream()
                .map(o -> o.patientId() + " " + o.summary() + " " + o.start() + " " + o.stop() + " " + o.note()).toList();
    }

    private static List<String> findings(Database db) {
        return db.read(s -> s.exams().allCurrent()).stream().flatMap(e -> e.findings().stream()
                .map(f -> e.patientId() + " " + e.kind() + " " + e.recordedAt() + " " + e.recordedBy().signature() + " "
                        + f.key().columnName() + "=" + f.value().code() + " " + f.note())).toList();
    }

    /** The file's rows as column-to-value maps, so that column order and row order do not matter. */
    static List<Map<String, String>> rows(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(in, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            List<Map<String, String>> rows = new ArrayList<>();
            for (CSVRecord r : parser) {
                rows.add(r.toMap());
            }
            return rows;
        }
    }
}
