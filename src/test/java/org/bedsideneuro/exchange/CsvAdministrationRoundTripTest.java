package org.bedsideneuro.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.domain.regimen.Administration;
import org.bedsideneuro.domain.regimen.AdministrationStatus;
import org.bedsideneuro.domain.regimen.DoseUnit;
import org.bedsideneuro.domain.regimen.MedicationOrder;
import org.bedsideneuro.persistence.Database;
import org.bedsideneuro.service.AdministrationService;
import org.bedsideneuro.testdb.Backend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * administrations.csv both ways (shared/exchange-format.md, version 2): a ward charted with every order kind comes back
 * out as it went in, and an export imported into an empty database gives back the same patients, orders (with kinds,
 * indications and outcomes) and the doses that stand.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class CsvAdministrationRoundTripTest {
    private static final PatientId POST_OP = new PatientId("MRN-102");

    @Parameter
    Backend backend;

    @TempDir
    Path dir;

    @Test
    void aChartedWardImportedThenExportedGivesBackTheSameRowsOrderAside() throws IOException {
        Path in = SyntheticMar.writeTo(dir.resolve("in"));
        try (Database db = backend.open(dir, "ward", SyntheticWard.CLOCK)) {
            ImportReport report = new CsvImporter(db, SyntheticWard.CLOCK).importFolder(in, SyntheticWard.IMPORTER);
            assertThat(report.problems()).isEmpty();
            assertThat(report.ordersAdded()).isEqualTo(SyntheticMar.ORDERS_COUNT);
            assertThat(report.administrationsAdded()).isEqualTo(SyntheticMar.ADMINISTRATIONS_COUNT);
            assertThat(report.summary()).contains("Administrations: 20 added, 0 already there.");

            Path out = dir.resolve("out");
            ExportSummary summary = new CsvExporter(db).export(out, ExportScope.wholeWard(), false);

            assertThat(summary.administrations()).isEqualTo(SyntheticMar.ADMINISTRATIONS_COUNT);
            for (ExchangeFile file : ExchangeFile.values()) {
                assertThat(CsvRoundTripTest.rows(out.resolve(file.fileName()))).as(file.fileName())
                        .containsExactlyInAnyOrderElementsOf(CsvRoundTripTest.rows(in.resolve(file.fileName())));
            }
        }
    }

    @Test
    void theExportOfAChartedWardImportedIntoAnEmptyDatabaseGivesBackItsPatientsOrdersAndStandingDoses() throws IOException {
        try (Database first = chartedWard(); Database second = backend.open(dir, "other", SyntheticWard.CLOCK)) {
            Administration chartedInTheApp = chartOneAndWithdrawOne(first);
            Path out = dir.resolve("out");
            new CsvExporter(first).export(out, ExportScope.wholeWard(), false);

            List<Map<String, String>> exported = CsvRoundTripTest.rows(out.resolve("administrations.csv"));
            assertThat(exported).hasSize(SyntheticMar.ADMINISTRATIONS_COUNT);
            assertThat(exported).anyMatch(r -> r.get("given_at").equals("2026-03-01T09:30:00+01:00"));
            assertThat(exported).noneMatch(r -> r.get("given_at").equals("2026-02-28T22:00:00+01:00")); // withdrawn

            ImportReport report = new CsvImporter(second, SyntheticWard.CLOCK).importFolder(out, SyntheticWard.IMPORTER);

            assertThat(report.problems()).isEmpty();
            List<Patient> copied = second.read(s -> s.patients().all());
            assertThat(copied).isEqualTo(first.<List<Patient>>read(s -> s.patients().all()));
            assertThat(orders(second)).containsExactlyInAnyOrderElementsOf(orders(first)).hasSize(SyntheticMar.ORDERS_COUNT);
            assertThat(administrations(second)).containsExactlyInAnyOrderElementsOf(administrations(first))
                    .hasSize(SyntheticMar.ADMINISTRATIONS_COUNT)
                    .contains("MRN-102 oxycodone oral 5 mg x 4/day from 2026-02-28T10:00+01:00: 5 mg given at 2026-03-01T09:30+01:00"
                            + " by Nurse Adeyemi (nurse): " + chartedInTheApp.note(),
                            "MRN-102 morphine iv PCA 1 mg bolus from 2026-02-26T14:00+01:00: 3 mg given at 2026-02-27T02:00+01:00"
                            + " since 2026-02-26T22:00+01:00 by Nurse Adeyemi (nurse): ");
        }
    }

    @Test
    void theSameChartedFolderImportedTwiceAddsNothingTheSecondTime() {
        try (Database db = chartedWard()) {
            Map<String, Long> before = db.check().counts();

            ImportReport again = new CsvImporter(db, SyntheticWard.CLOCK).importFolder(dir.resolve("in"), SyntheticWard.IMPORTER);

            assertThat(again.problems()).isEmpty();
            assertThat(again.administrationsSkipped()).isEqualTo(SyntheticMar.ADMINISTRATIONS_COUNT);
            assertThat(again.administrationsAdded()).isZero();
            assertThat(again.ordersSkipped()).isEqualTo(SyntheticMar.ORDERS_COUNT);
            assertThat(db.check().counts()).isEqualTo(before);
        }
    }

    private Database chartedWard() {
        Database db = backend.open(dir, "ward", SyntheticWard.CLOCK);
        ImportReport report = new CsvImporter(db, SyntheticWard.CLOCK).importFolder(SyntheticMar.writeTo(dir.resolve("in")),
                SyntheticWard.IMPORTER);
        assertThat(report.problems()).isEmpty();
        return db;
    }

    /** A nurse charts the morning's oxycodone in the app, and withdraws the evening's dose charted in error. */
    private static Administration chartOneAndWithdrawOne(Database db) {
        AdministrationService mar = new AdministrationService(db, ZoneOffset.UTC);
        Clinician nurse = db.read(s -> s.clinicians().find("Nurse Adeyemi", Role.NURSE)).orElseThrow();
        MedicationOrder oxycodone = db.read(s -> s.medications().forPatient(POST_OP)).stream()
                .filter(o -> o.drug().equals("oxycodone")).findFirst().orElseThrow();
        Administration charted = mar.recordDose(oxycodone.id(), OffsetDateTime.parse("2026-03-01T09:30:00+01:00"), new BigDecimal("5"),
                DoseUnit.MG, AdministrationStatus.GIVEN, "charted late", nurse, nurse);
        Administration evening = db.read(s -> s.administrations().currentOfOrder(oxycodone.id())).stream()
                .filter(a -> a.instant().equals(Instant.parse("2026-02-28T21:00:00Z"))).findFirst().orElseThrow();
        mar.withdraw(evening.id(), "charted under the wrong patient", nurse);
        return charted;
    }

    /** Every order as the exchange carries it: all but its id. */
    private static List<String> orders(Database db) {
        return db.read(s -> s.medications().all()).stream()
                .map(o -> o.patientId() + " " + o.summary() + " " + o.kind() + " " + o.start() + " " + o.stop() + " " + o.indication()
                        + " " + o.outcome() + " " + o.note()).toList();
    }

    /** Every dose that stands, with the order it was given under: all but the ids. */
    private static List<String> administrations(Database db) {
        return db.read(s -> {
            Map<Object, MedicationOrder> orders = s.medications().all().stream().collect(Collectors.toMap(MedicationOrder::id, Function.identity()));
            List<String> doses = new ArrayList<>();
            for (var patient : s.patients().all()) {
                for (Administration a : s.administrations().current(patient.id())) {
                    MedicationOrder o = orders.get(a.orderId());
                    doses.add(a.patientId() + " " + o.summary() + " from " + o.start() + ": " + a.dose().toPlainString() + " " + a.unit().code()
                            + " " + a.status().code() + " at " + a.givenAt() + (a.isPcaReading() ? " since " + a.periodStart() : "")
                            + " by " + a.givenBy().signature() + ": " + a.note());
                }
            }
            return doses;
        });
    }
}
