package org.bedsideneuro.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.finding.Finding;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.domain.regimen.Administration;
import org.bedsideneuro.domain.regimen.AdministrationStatus;
import org.bedsideneuro.domain.regimen.MedicationOrder;
import org.bedsideneuro.domain.regimen.OrderKind;
import org.bedsideneuro.domain.regimen.Route;
import org.bedsideneuro.persistence.Database;
import org.bedsideneuro.service.FhirImportReport;
import org.bedsideneuro.service.FhirImportService;
import org.bedsideneuro.testdb.Backend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A bundle as a hospital's EHR sends it (synthetic: src/test/resources/.../ehr-bundle.json): an MRN by identifier
 * type, ward and bed in an Encounter, a subcutaneous PRN order whose drug is a Medication reference by RxNorm code,
 * an intravenous morphine infusion by rate, a dose held, one entered in error, two eGFRs by different LOINC
 * equations, and what BedsideNeuro does not record (an antiemetic, its dose, a creatinine). Then bad input, each
 * refused whole, named by resource and element.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class FhirImportFromEhrTest {
    private static final PatientId MRN = new PatientId("SYN-EHR-1");

    @Parameter
    Backend backend;

    @TempDir
    Path dir;

    private Database db;
    private final String bundle = FhirImportTest.resource("ehr-bundle.json");

    @BeforeEach
    void open() {
        db = backend.open(dir, "ward", FhirTestSupport.CLOCK);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private FhirImportReport importBundle(String json) {
        return new FhirImportService(db, FhirTestSupport.CLOCK).importBundle(json, s -> s.clinicians().findOrCreate("os:test", Role.OTHER));
    }

    @Test
    void whatTheEhrSendsIsImportedAndWhatBedsideNeuroDoesNotRecordIsListed() {
        FhirImportReport report = importBundle(bundle);
        assertThat(report.problems()).isEmpty();
        assertThat(report.notImported()).hasSize(3)
                .anySatisfy(n -> assertThat(n).startsWith("MedicationRequest/r3: RxNorm 26225 'Ondansetron'"))
                .anySatisfy(n -> assertThat(n).startsWith("MedicationAdministration/a4: its order MedicationRequest/r3 is not imported"))
                .anySatisfy(n -> assertThat(n).startsWith("Observation/o3: LOINC 2160-0 'Creatinine'"));
        assertThat(report.leftOutInError()).isEqualTo(1);

        Patient patient = db.<Optional<Patient>>read(s -> s.patients().find(MRN)).orElseThrow();
        assertThat(patient.familyName()).isEqualTo("Testperson");
        assertThat(patient.givenName()).isEqualTo("Erin Maud");
        assertThat(patient.ward()).isEqualTo("Neuro 4B");
        assertThat(patient.bed()).isEqualTo("12");

        List<MedicationOrder> orders = db.read(s -> s.medications().forPatient(MRN));
        assertThat(orders).hasSize(2);
        MedicationOrder prn = orders.stream().filter(o -> o.kind() == OrderKind.PRN).findFirst().orElseThrow();
        assertThat(prn.drug()).isEqualTo("morphine");
        assertThat(prn.route()).isEqualTo(Route.SC);
        assertThat(prn.dose()).isEqualByComparingTo("2.5");
        assertThat(prn.dosesPerDay()).isEqualByComparingTo("6"); // 15 mg a day of 2.5 mg doses
        MedicationOrder infusion = orders.stream().filter(o -> o.kind() == OrderKind.INFUSION).findFirst().orElseThrow();
        assertThat(infusion.route()).isEqualTo(Route.IV);
        assertThat(infusion.dose()).isEqualByComparingTo(BigDecimal.ONE);
        assertThat(infusion.unit().code()).isEqualTo("mg/h");

        List<Administration> doses = db.read(s -> s.administrations().current(MRN));
        assertThat(doses).extracting(Administration::status).containsExactly(AdministrationStatus.GIVEN, AdministrationStatus.HELD);
        assertThat(doses.get(1).note()).isEqualTo("patient asleep");
        assertThat(doses.get(0).givenBy().displayName()).isEqualTo("Nurse Noor Example");

        List<Exam> labs = db.read(s -> s.exams().current(MRN));
        assertThat(labs).hasSize(2);
        assertThat(labs.stream().flatMap(e -> e.findings().stream()).map(Finding::note).toList())
                .anySatisfy(n -> assertThat(n).startsWith("LOINC 98979-8"))
                .anySatisfy(n -> assertThat(n).startsWith("LOINC 33914-3"));
        assertThat(labs.stream().flatMap(e -> e.findings().stream()).allMatch(f -> f.code() == FindingCode.EGFR)).isTrue();

        FhirImportReport again = importBundle(bundle);
        assertThat(again.succeeded()).isTrue();
        assertThat(again.written().ordersAdded() + again.written().administrationsAdded() + again.written().findingsAdded()).isZero();
    }

    @Test
    void aDoseOfACountedDrugInAUnitThatCannotBeConvertedRefusesTheWholeBundle() {
        FhirImportReport report = importBundle(bundle.replace("\"effectiveDateTime\": \"2026-06-12T10:00:00+02:00\",\n      \"performer\": [{\"actor\": {\"display\": \"Nurse Noor Example\"}}],\n      \"dosage\": {\"dose\": {\"value\": 2.5, \"system\": \"http://unitsofmeasure.org\", \"code\": \"mg\"}}",
                "\"effectiveDateTime\": \"2026-06-12T10:00:00+02:00\",\n      \"performer\": [{\"actor\": {\"display\": \"Nurse Noor Example\"}}],\n      \"dosage\": {\"dose\": {\"value\": 2.5, \"system\": \"http://unitsofmeasure.org\", \"code\": \"mL\"}}"));
        assertThat(report.problems()).containsExactly(
                "MedicationAdministration/a1: dosage.dose: unit 'mL' cannot be converted to mg or mcg (the MME would be wrong)");
        assertNothingWritten();
    }

    @Test
    void theExchangeRulesSpeakOfTheResourceAndElement() {
        // A dose charted before its order started: the exchange format's rule, told back in FHIR's terms.
        FhirImportReport report = importBundle(bundle.replace("\"effectiveDateTime\": \"2026-06-12T14:00:00+02:00\"",
                "\"effectiveDateTime\": \"2026-06-09T14:00:00+02:00\""));
        assertThat(report.problems()).hasSize(1);
        assertThat(report.problems().get(0)).startsWith("MedicationAdministration/a2: effective: ");
        assertNothingWritten();
    }

    @Test
    void badInputIsNamedAndNothingIsWritten() {
        assertThat(importBundle("{ not json").problems()).singleElement().asString().startsWith("Bundle: not FHIR R4 JSON");
        assertThat(importBundle("{\"resourceType\": \"Patient\", \"id\": \"x\"}").problems())
                .containsExactly("Patient: a Bundle was expected (collection, searchset or transaction)");
        assertThat(importBundle("{\"resourceType\": \"Bundle\", \"type\": \"collection\", \"entry\": [{\"resource\": {\"resourceType\": \"Practitioner\", \"id\": \"d1\"}}]}")
                .problems()).containsExactly("Bundle: holds no Patient, MedicationRequest, MedicationAdministration or Observation that BedsideNeuro imports");
        assertThat(importBundle(bundle.replace("\"subject\": {\"reference\": \"Patient/p1\"}, \"effectiveDateTime\": \"2026-06-13T07:00:00+02:00\",\n      \"valueQuantity\": {\"value\": 54",
                "\"effectiveDateTime\": \"2026-06-13T07:00:00+02:00\",\n      \"valueQuantity\": {\"value\": 54")).problems())
                .containsExactly("Observation/o1: subject: missing");
        String twice = bundle.replace("{\"resource\": {\n      \"resourceType\": \"Encounter\"",
                "{\"resource\": {\"resourceType\": \"Patient\", \"id\": \"p2\", \"identifier\": [{\"type\": {\"coding\": [{\"system\":"
                        + " \"http://terminology.hl7.org/CodeSystem/v2-0203\", \"code\": \"MR\"}]}, \"value\": \"SYN-EHR-1\"}]}},\n"
                        + "    {\"resource\": {\n      \"resourceType\": \"Encounter\"");
        assertThat(importBundle(twice).problems()).contains("Patient/p2: identifier: MRN SYN-EHR-1 is also Patient/p1's; one bundle, one patient per MRN");
        assertNothingWritten();
    }

    private void assertNothingWritten() {
        assertThat(db.<List<Patient>>read(s -> s.patients().all())).isEmpty();
    }
}
