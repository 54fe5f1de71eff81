package org.bedsideneuro.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.domain.regimen.Administration;
import org.bedsideneuro.domain.regimen.MedicationOrder;
import org.bedsideneuro.persistence.Database;
import org.bedsideneuro.service.FhirImportReport;
import org.bedsideneuro.service.FhirImportService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * export-fhir followed by import-fhir into an empty database gives back the same patient, orders, administrations and
 * current findings (shared/fhir-notes.md), and a second import adds nothing. Synthetic demo patients only.
 */
class FhirImportTest {
    @TempDir
    static Path dir;
    static Database source;

    @BeforeAll
    static void setUp() {
        source = FhirTestSupport.demoDatabase(dir);
    }

    @AfterAll
    static void tearDown() {
        source.close();
    }

    static FhirImportReport importInto(Database db, String json) {
        return new FhirImportService(db, FhirTestSupport.CLOCK).importBundle(json, s -> s.clinicians().findOrCreate("os:test", Role.OTHER));
    }

    /**
     * The OIN story (scheduled orders, a rotation, nurse observations), the neuropathy story (nerve conduction studies),
     * the syringe driver with PRN doses, the PCA.
     */
    @ParameterizedTest
    @ValueSource(strings = {"DEMO-0001", "DEMO-0002", "DEMO-0005", "DEMO-0008"})
    void exportThenImportGivesBackTheSameRecord(String mrn, @TempDir Path target) {
        PatientId id = new PatientId(mrn);
        String json = FhirExporter.toJson(FhirTestSupport.export(source, id));
        try (Database db = Database.open(target.resolve("empty.db"), FhirTestSupport.CLOCK)) {
            FhirImportReport report = importInto(db, json);
            assertThat(report.problems()).isEmpty();
            assertThat(report.notImported()).isEmpty();
            assertThat(report.recomputed()).isPositive();

            Optional<Patient> imported = db.read(s -> s.patients().find(id));
            Optional<Patient> original = source.read(s -> s.patients().find(id));
            assertThat(imported).isEqualTo(original);
            assertThat(orders(source, id)).isNotEmpty();
            assertThat(findings(source, id)).isNotEmpty();
            if (mrn.equals("DEMO-0005") || mrn.equals("DEMO-0008")) {
                assertThat(doses(source, id)).as("the PRN doses and the pump readings").isNotEmpty();
            }
            assertThat(orders(db, id)).isEqualTo(orders(source, id));
            assertThat(doses(db, id)).isEqualTo(doses(source, id));
            assertThat(findings(db, id)).isEqualTo(findings(source, id));

            FhirImportReport again = importInto(db, json);
            assertThat(again.problems()).isEmpty();
            assertThat(again.written().patientsAdded() + again.written().ordersAdded() + again.written().administrationsAdded()
                    + again.written().findingsAdded()).isZero();
        }
    }

    private static List<String> orders(Database db, PatientId id) {
        return db.<List<MedicationOrder>>read(s -> s.medications().forPatient(id)).stream()
                .map(o -> String.join("|", o.drug(), o.kind().code(), o.dose().stripTrailingZeros().toPlainString(), o.unit().code(),
                        o.route().code(), o.dosesPerDay() == null ? "" : o.dosesPerDay().stripTrailingZeros().toPlainString(),
                        o.start().toInstant().toString(), o.stop() == null ? "" : o.stop().toInstant().toString(), o.note()))
                .sorted().toList();
    }

    private static List<String> doses(Database db, PatientId id) {
        return db.<List<Administration>>read(s -> s.administrations().current(id)).stream()
                .map(a -> String.join("|", a.instant().toString(), a.periodStart() == null ? "" : a.periodStart().toInstant().toString(),
                        a.dose().stripTrailingZeros().toPlainString(), a.unit().code(), a.status().code(), a.note(), a.givenBy().displayName(),
                        a.givenBy().role().code()))
                .sorted().toList();
    }

    private static List<String> findings(Database db, PatientId id) {
        return db.<List<Exam>>read(s -> s.exams().current(id)).stream()
                .sorted(Comparator.comparing((Exam e) -> e.recordedAt().toInstant()))
                .map(e -> e.recordedAt().toInstant() + " " + e.recordedBy().displayName() + " " + e.kind().code() + " "
                        + (e.isNerveConductionStudy() ? "study at " + e.note() + " " : "")
                        + e.findings().stream().map(f -> f.key() + "=" + f.value().code() + "/" + f.note()).sorted().collect(Collectors.joining(",")))
                .toList();
    }

    static String resource(String name) {
        try (var in = FhirImportTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
