package org.bedsideneuro.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.validation.FhirValidator;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.bedsideneuro.domain.demo.DemoWard;
import java.time.OffsetDateTime;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.exam.ExamKind;
import org.bedsideneuro.domain.finding.Finding;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.MrcGrade;
import org.bedsideneuro.domain.finding.ReflexGrade;
import org.bedsideneuro.domain.finding.Side;
import org.hl7.fhir.r4.model.Provenance;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.domain.patient.Sex;
import org.bedsideneuro.persistence.Database;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.ResourceType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every demo patient's export passes the official HAPI FHIR R4 validator offline with zero errors. */
class FhirExportValidationTest {
    @TempDir
    static Path dir;
    static Database db;
    static FhirValidator validator;

    @BeforeAll
    static void setUp() {
        db = FhirTestSupport.demoDatabase(dir);
        validator = FhirTestSupport.validator();
    }

    @AfterAll
    static void tearDown() {
        db.close();
    }

    @Test
    void everyDemoPatientsBundleValidatesWithZeroErrors() {
        List<Patient> patients = db.read(s -> s.patients().all()).stream().filter(p -> p.id().value().startsWith("DEMO-")).toList();
        assertThat(patients).hasSizeGreaterThanOrEqualTo(8);
        for (Patient p : patients) {
            String json = FhirExporter.toJson(FhirTestSupport.export(db, p.id()));
            long t0 = System.nanoTime();
            List<String> errors = FhirTestSupport.errors(validator, p.id().value(), json);
            System.out.printf("[FHIR] %s: %d entries, %d kB, validated in %d ms%n", p.id().value(),
                    FhirExporter.parse(json).getEntry().size(), json.length() / 1024, (System.nanoTime() - t0) / 1_000_000);
            assertThat(errors).as(p.id().value()).isEmpty();
        }
    }

    @Test
    void theOinStoryCarriesExamsScoresOrdersDailyMmeAndFlags() {
        Bundle bundle = FhirTestSupport.export(db, DemoWard.OIN_STORY);
        assertThat(bundle.getType()).isEqualTo(Bundle.BundleType.COLLECTION);
        List<ResourceType> types = bundle.getEntry().stream().map(e -> e.getResource().getResourceType()).distinct().toList();
        assertThat(types).contains(ResourceType.Patient, ResourceType.Practitioner, ResourceType.PractitionerRole, ResourceType.CodeSystem,
                ResourceType.Observation, ResourceType.MedicationRequest, ResourceType.DetectedIssue, ResourceType.BodyStructure);
        assertThat(bundle.getEntry()).allSatisfy(e -> assertThat(e.getFullUrl()).startsWith("urn:uuid:"));
    }

    @Test
    void aPatientWithNoExamsAndANonLatinNameValidates() {
        Patient lukasz = new Patient(new PatientId("PL-0001"), "Żółć", "Łukasz", LocalDate.of(1958, 3, 14), Sex.MALE, DemoWard.WARD, "12");
        db.write(s -> {
            s.patients().add(lukasz, s.clinicians().all().get(0));
            return null;
        });
        String json = FhirExporter.toJson(FhirTestSupport.export(db, lukasz.id()));
        assertThat(FhirTestSupport.errors(validator, "no exams", json)).isEmpty();
        assertThat(json).contains("Żółć").contains("Łukasz");
        org.hl7.fhir.r4.model.Patient read = (org.hl7.fhir.r4.model.Patient) FhirExporter.parse(json).getEntry().stream()
                .map(Bundle.BundleEntryComponent::getResource).filter(r -> r instanceof org.hl7.fhir.r4.model.Patient).findFirst().orElseThrow();
        assertThat(read.getNameFirstRep().getFamily()).isEqualTo("Żółć");
        assertThat(read.getNameFirstRep().getGivenAsSingleString()).isEqualTo("Łukasz");
        assertThat(read.getIdentifierFirstRep().getValue()).isEqualTo("PL-0001");
        assertThat(FhirExporter.parse(json).getEntry()).noneMatch(e -> e.getResource() instanceof Observation o
                && o.getCode().getCodingFirstRep().getCode().startsWith("panel."));
    }

    @Test
    void anAmendedExamIsExportedAsAmendedWithAProvenanceNamingWhoWhatAndWhy() {
        Patient patient = new Patient(new PatientId("AMEND-01"), "Example", "Ann", LocalDate.of(1950, 1, 2), Sex.FEMALE, DemoWard.WARD, "3");
        Clinician examiner = Clinician.create("Dr Examiner (fictional)", Role.NEUROLOGIST);
        Clinician corrector = Clinician.create("Dr Corrector (fictional)", Role.NEUROLOGIST);
        OffsetDateTime at = FhirTestSupport.CLOCK.instant().minusSeconds(86_400).atZone(FhirTestSupport.BERLIN).toOffsetDateTime();
        Exam first = Exam.record(patient.id(), ExamKind.EXAM, at, examiner, List.of(
                new Finding(FindingCode.ANKLE_DORSIFLEXION, Side.LEFT, MrcGrade.FOUR_PLUS),
                new Finding(FindingCode.ACHILLES_REFLEX, Side.RIGHT, ReflexGrade.REDUCED)), "");
        Exam second = first.amend(List.of(
                new Finding(FindingCode.ANKLE_DORSIFLEXION, Side.LEFT, MrcGrade.FOUR_MINUS),
                new Finding(FindingCode.ACHILLES_REFLEX, Side.RIGHT, ReflexGrade.REDUCED)), "", corrector,
                FhirTestSupport.CLOCK.instant().minusSeconds(3_600), "Grade entered on the wrong side of 4");
        db.write(s -> {
            s.clinicians().ensure(examiner);
            s.clinicians().ensure(corrector);
            s.patients().add(patient, examiner);
            s.exams().add(first, examiner);
            s.exams().amend(second);
            return null;
        });

        String json = FhirExporter.toJson(FhirTestSupport.export(db, patient.id()));
        assertThat(FhirTestSupport.errors(validator, "amended", json)).isEmpty();
        Bundle bundle = FhirExporter.parse(json);
        BundleReader reader = new BundleReader(bundle);
        assertThat(reader.exams()).singleElement().satisfies(e -> {
            assertThat(e.versionId()).isEqualTo(second.id().toString());
            assertThat(e.status()).isEqualTo("amended");
            assertThat(e.findings()).contains(new Finding(FindingCode.ANKLE_DORSIFLEXION, Side.LEFT, MrcGrade.FOUR_MINUS));
        });
        // The superseded version is named by the Provenance, never exported as an Observation of its own.
        assertThat(reader.all(org.hl7.fhir.r4.model.Observation.class))
                .noneMatch(o -> o.getIdentifier().stream().anyMatch(i -> i.getValue().equals(first.id().toString())));
        Provenance provenance = reader.all(Provenance.class).get(0);
        assertThat(reader.all(Provenance.class)).hasSize(1);
        assertThat(provenance.getReasonFirstRep().getText()).isEqualTo("Grade entered on the wrong side of 4");
        assertThat(provenance.getAgentFirstRep().getWho().getDisplay()).contains("Dr Corrector");
        assertThat(provenance.getEntityFirstRep().getRole()).isEqualTo(Provenance.ProvenanceEntityRole.REVISION);
        assertThat(provenance.getEntityFirstRep().getWhat().getIdentifier().getValue()).isEqualTo(first.id().toString());
        assertThat(provenance.getEntityFirstRep().getWhat().getDisplay()).contains("Ankle dorsiflexion (tibialis anterior), left 4+ -> 4-");
        assertThat(provenance.getTarget()).hasSize(2); // the exam and the one finding that changed
        // The repository records the amendment at the time it was saved.
        Exam saved = db.read(s -> s.exams().current(patient.id())).get(0);
        assertThat(provenance.getRecorded().toInstant()).isEqualTo(saved.amendment().at());
    }
}
