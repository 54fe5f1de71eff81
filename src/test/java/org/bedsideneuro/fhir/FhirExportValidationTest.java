package org.bedsideneuro.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.validation.FhirValidator;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.domain.demo.DemoWard;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.exam.ExamKind;
import org.bedsideneuro.domain.exam.SignatureMeaning;
import org.bedsideneuro.domain.finding.Finding;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.MrcGrade;
import org.bedsideneuro.domain.finding.ReflexGrade;
import org.bedsideneuro.domain.finding.Side;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.domain.patient.Sex;
import org.bedsideneuro.domain.regimen.Administration;
import org.bedsideneuro.domain.regimen.AdministrationId;
import org.bedsideneuro.domain.regimen.AdministrationStatus;
import org.bedsideneuro.domain.regimen.DoseUnit;
import org.bedsideneuro.domain.regimen.Indication;
import org.bedsideneuro.domain.regimen.MedicationOrder;
import org.bedsideneuro.domain.regimen.OrderId;
import org.bedsideneuro.domain.regimen.OrderKind;
import org.bedsideneuro.domain.regimen.Route;
import org.bedsideneuro.persistence.Database;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Dosage;
import org.hl7.fhir.r4.model.MedicationAdministration;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Provenance;
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
        assertThat(reader.all(Observation.class))
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
    @Test
    void nerveConductionStudiesAreObservationsInUcumWithTheirLowerLimitAsReferenceRangeLowAndValidate() {
        Patient patient = new Patient(new PatientId("NCS-01"), "Example", "Nerve", LocalDate.of(1958, 5, 6), Sex.FEMALE, DemoWard.WARD, "5");
        Clinician examiner = Clinician.create("Dr Emg (fictional)", Role.NEUROLOGIST);
        OffsetDateTime first = FhirTestSupport.CLOCK.instant().minusSeconds(200L * 86_400).atZone(FhirTestSupport.BERLIN).toOffsetDateTime();
        OffsetDateTime second = FhirTestSupport.CLOCK.instant().minusSeconds(10L * 86_400).atZone(FhirTestSupport.BERLIN).toOffsetDateTime();
        Exam earlier = Exam.record(patient.id(), ExamKind.EXAM, first, examiner, List.of(
                new Finding(FindingCode.SURAL_SNAP, Side.LEFT, FindingCode.SURAL_SNAP.parseValue("8.5")),
                new Finding(FindingCode.SURAL_SNAP_LLN, Side.LEFT, FindingCode.SURAL_SNAP_LLN.parseValue("4")),
                new Finding(FindingCode.SURAL_CV, Side.LEFT, FindingCode.SURAL_CV.parseValue("45")),
                new Finding(FindingCode.SURAL_CV_LLN, Side.LEFT, FindingCode.SURAL_CV_LLN.parseValue("40")),
                new Finding(FindingCode.PERONEAL_CMAP, Side.RIGHT, FindingCode.PERONEAL_CMAP.parseValue("4.2"))), "City neurophysiology lab");
        Exam later = Exam.record(patient.id(), ExamKind.EXAM, second, examiner, List.of(
                new Finding(FindingCode.SURAL_SNAP, Side.LEFT, FindingCode.SURAL_SNAP.parseValue("absent")),
                new Finding(FindingCode.SURAL_SNAP_LLN, Side.LEFT, FindingCode.SURAL_SNAP_LLN.parseValue("4"))), "City neurophysiology lab");
        db.write(s -> {
            s.clinicians().ensure(examiner);
            s.patients().add(patient, examiner);
            s.exams().add(earlier, examiner);
            s.exams().add(later, examiner);
            return null;
        });

        String json = FhirExporter.toJson(FhirTestSupport.export(db, patient.id()));
        assertThat(FhirTestSupport.errors(validator, "nerve conduction", json)).isEmpty();
        BundleReader reader = new BundleReader(FhirExporter.parse(json));
        assertThat(reader.exams()).hasSize(2).anySatisfy(e -> assertThat(e.findings()).containsExactlyInAnyOrderElementsOf(earlier.findings()))
                .anySatisfy(e -> assertThat(e.findings()).containsExactlyInAnyOrderElementsOf(later.findings()));
        List<Observation> observations = reader.all(Observation.class);
        Observation sural = observations.stream().filter(o -> "ncs.sural_snap_uv".equals(o.getCode().getCodingFirstRep().getCode())
                && o.hasValueQuantity()).findFirst().orElseThrow();
        assertThat(sural.getValueQuantity().getCode()).isEqualTo("uV");
        assertThat(sural.getValueQuantity().getSystem()).isEqualTo("http://unitsofmeasure.org");
        assertThat(sural.getReferenceRangeFirstRep().getLow().getValue()).isEqualByComparingTo("4");
        assertThat(sural.getReferenceRangeFirstRep().getLow().getCode()).isEqualTo("uV");
        assertThat(sural.getCategoryFirstRep().getCodingFirstRep().getCode()).isEqualTo("procedure");
        Observation absent = observations.stream().filter(o -> "ncs.sural_snap_uv".equals(o.getCode().getCodingFirstRep().getCode())
                && o.hasValueCodeableConcept()).findFirst().orElseThrow();
        assertThat(absent.getValueCodeableConcept().getCodingFirstRep().getCode()).isEqualTo("absent");
        assertThat(absent.getReferenceRangeFirstRep().getLow().getValue()).isEqualByComparingTo("4");
        assertThat(observations).anySatisfy(o -> {
            assertThat(o.getCode().getCodingFirstRep().getCode()).isEqualTo("ncs.sural_cv_ms");
            assertThat(o.getValueQuantity().getCode()).isEqualTo("m/s");
            assertThat(o.getReferenceRangeFirstRep().getLow().getValue()).isEqualByComparingTo("40");
        });
        assertThat(observations).anySatisfy(o -> {
            assertThat(o.getCode().getCodingFirstRep().getCode()).isEqualTo("ncs.peroneal_cmap_mv");
            assertThat(o.getValueQuantity().getCode()).isEqualTo("mV");
            assertThat(o.hasReferenceRange()).isFalse(); // no lower limit recorded: none invented
        });
        assertThat(observations).anySatisfy(o -> assertThat(o.getCode().getCodingFirstRep().getCode())
                .isEqualTo(LocalCodeSystems.NCS_PANEL));
        assertThat(json).contains("snap_below_normal").contains("amplitude_fell").contains("Laboratory: City neurophysiology lab");
    }

    @Test
    void aPegAndAnOpioidReviewAreObservationsWithThePegScoreDerivedFromItsItemsAndValidate() {
        Patient patient = new Patient(new PatientId("PEG-01"), "Example", "Peg", LocalDate.of(1952, 6, 7), Sex.FEMALE, DemoWard.WARD, "5");
        Clinician nurse = Clinician.create("Nurse Example (fictional)", Role.NURSE);
        Clinician neurologist = Clinician.create("Dr Review (fictional)", Role.NEUROLOGIST);
        OffsetDateTime at = FhirTestSupport.CLOCK.instant().minusSeconds(86_400).atZone(FhirTestSupport.BERLIN).toOffsetDateTime();
        List<Finding> pain = List.of(
                Finding.unsided(FindingCode.PEG_PAIN, FindingCode.PEG_PAIN.parseValue("7")),
                Finding.unsided(FindingCode.PEG_ENJOYMENT, FindingCode.PEG_ENJOYMENT.parseValue("6")),
                Finding.unsided(FindingCode.PEG_ACTIVITY, FindingCode.PEG_ACTIVITY.parseValue("7")),
                Finding.unsided(FindingCode.NRS_REST, FindingCode.NRS_REST.parseValue("3")),
                Finding.unsided(FindingCode.NRS_MOVEMENT, FindingCode.NRS_MOVEMENT.parseValue("8")));
        Exam observation = Exam.record(patient.id(), ExamKind.OBSERVATION, at, nurse, pain, "");
        List<Finding> reviewFindings = new ArrayList<>(pain.subList(0, 3));
        reviewFindings.add(Finding.unsided(FindingCode.REVIEW_FUNCTION, FindingCode.REVIEW_FUNCTION.parseValue("same")));
        reviewFindings.add(Finding.unsided(FindingCode.REVIEW_ADVERSE_EFFECTS, FindingCode.REVIEW_ADVERSE_EFFECTS.parseValue("sedation;falls")));
        reviewFindings.add(Finding.unsided(FindingCode.REVIEW_DECISION, FindingCode.REVIEW_DECISION.parseValue("reduce")));
        Exam review = Exam.record(patient.id(), ExamKind.EXAM, at.plusHours(1), neurologist, reviewFindings, "");
        db.write(s -> {
            s.clinicians().ensure(nurse);
            s.clinicians().ensure(neurologist);
            s.patients().add(patient, neurologist);
            s.exams().add(observation, nurse);
            s.exams().add(review, neurologist);
            s.signatures().add(review.id(), neurologist, SignatureMeaning.AUTHOR);
            return null;
        });

        String json = FhirExporter.toJson(FhirTestSupport.export(db, patient.id()));
        assertThat(FhirTestSupport.errors(validator, "peg and review", json)).isEmpty();
        Bundle bundle = FhirExporter.parse(json);
        BundleReader reader = new BundleReader(bundle);
        assertThat(reader.exams()).hasSize(2).anySatisfy(e -> assertThat(e.findings()).containsExactlyInAnyOrderElementsOf(reviewFindings))
                .anySatisfy(e -> assertThat(e.findings()).containsExactlyInAnyOrderElementsOf(pain));
        List<Observation> pegScores = reader.all(Observation.class).stream()
                .filter(o -> o.getCode().getCodingFirstRep().getCode().equals("score.peg")).toList();
        assertThat(pegScores).hasSize(2).allSatisfy(o -> {
            assertThat(o.getValueQuantity().getValue()).isEqualByComparingTo("6.67");
            assertThat(o.getDerivedFrom()).hasSize(3);
        });
        assertThat(reader.all(Observation.class)).anySatisfy(o ->
                assertThat(o.getCode().getCodingFirstRep().getCode()).isEqualTo("panel.opioid_review"));
        // The review is signed: a Provenance on its grouping Observation with an author's signature (ASTM E1762-95).
        List<Provenance> signed = reader.all(Provenance.class).stream()
                .filter(p -> p.hasSignature()).toList();
        assertThat(signed).singleElement().satisfies(p -> {
            assertThat(p.getSignatureFirstRep().getTypeFirstRep().getCode()).isEqualTo("1.2.840.10065.1.12.1.1");
            assertThat(p.getSignatureFirstRep().getWho().getDisplay()).contains("Dr Review (fictional)");
            assertThat(p.getTargetFirstRep().getDisplay()).contains(review.id().toString());
        });
    }

    /**
     * A fictional post-operative day (2026-06-14, Berlin) charting every kind of order: oral oxycodone 10 mg twice a day
     * (the evening dose held), oxycodone 5 mg PRN at most 6 a day (two given, one held, one refused), a morphine sc
     * infusion at 1 mg/h and a morphine iv PCA (1 mg bolus) read across midnight.
     */
    @Test
    void aPatientOnPrnInfusionAndPcaWithHeldDosesValidatesAndSaysWhatWasGivenUnderWhichOrder() {
        Patient patient = new Patient(new PatientId("MAR-01"), "Example", "Mara", LocalDate.of(1961, 4, 4), Sex.FEMALE, DemoWard.WARD, "4");
        Clinician doctor = Clinician.create("Dr Order (fictional)", Role.NEUROLOGIST);
        Clinician nurse = Clinician.create("Nurse Chart (fictional)", Role.NURSE);
        MedicationOrder scheduled = order(patient, "oxycodone", OrderKind.SCHEDULED, "10", DoseUnit.MG, Route.ORAL, "2", at(12, 8), null);
        MedicationOrder prn = order(patient, "oxycodone", OrderKind.PRN, "5", DoseUnit.MG, Route.ORAL, "6", at(12, 8), null);
        MedicationOrder infusion = order(patient, "morphine", OrderKind.INFUSION, "1", DoseUnit.MG_PER_HOUR, Route.SC, null, at(13, 10), at(14, 10));
        MedicationOrder pca = order(patient, "morphine", OrderKind.PCA, "1", DoseUnit.MG, Route.IV, null, at(13, 8), null);
        Administration held = dose(scheduled, at(14, 20), null, "10", AdministrationStatus.HELD, nurse, "nil by mouth before surgery");
        Administration prnHeld = dose(prn, at(14, 16), null, "5", AdministrationStatus.HELD, nurse, "drowsy, POSS 3");
        Administration reading = dose(pca, at(14, 2), at(13, 22), "8", AdministrationStatus.GIVEN, nurse, "");
        List<Administration> chart = List.of(
                dose(scheduled, at(14, 8), null, "10", AdministrationStatus.GIVEN, nurse, ""), held,
                dose(prn, at(14, 9), null, "5", AdministrationStatus.GIVEN, nurse, ""),
                dose(prn, at(14, 13), null, "5", AdministrationStatus.GIVEN, nurse, ""), prnHeld,
                dose(prn, at(14, 21), null, "5", AdministrationStatus.REFUSED, nurse, "no pain now"),
                reading, dose(pca, at(14, 6), at(14, 2), "3", AdministrationStatus.GIVEN, nurse, ""));
        db.write(s -> {
            s.clinicians().ensure(doctor);
            s.clinicians().ensure(nurse);
            s.patients().add(patient, doctor);
            for (MedicationOrder o : List.of(scheduled, prn, infusion, pca)) {
                s.medications().add(o, doctor);
            }
            for (Administration a : chart) {
                s.administrations().record(a, nurse);
            }
            return null;
        });

        String json = FhirExporter.toJson(FhirTestSupport.export(db, patient.id()));
        assertThat(FhirTestSupport.errors(validator, "every order kind", json)).isEmpty();
        BundleReader reader = new BundleReader(FhirExporter.parse(json));
        Map<String, MedicationRequest> requests = new HashMap<>();
        reader.all(MedicationRequest.class).forEach(r -> requests.put(r.getIdentifierFirstRep().getValue(), r));

        Dosage prnDosage = requests.get(prn.id().toString()).getDosageInstructionFirstRep();
        assertThat(prnDosage.getAsNeededBooleanType().booleanValue()).isTrue();
        assertThat(prnDosage.getMaxDosePerPeriod().getNumerator().getValue()).isEqualByComparingTo("30"); // 5 mg x 6 a day
        assertThat(prnDosage.getMaxDosePerPeriod().getNumerator().getCode()).isEqualTo("mg");
        assertThat(prnDosage.getMaxDosePerPeriod().getDenominator().getCode()).isEqualTo("d");
        Dosage infusionDosage = requests.get(infusion.id().toString()).getDosageInstructionFirstRep();
        assertThat(infusionDosage.getDoseAndRateFirstRep().getRateQuantity().getValue()).isEqualByComparingTo("1");
        assertThat(infusionDosage.getDoseAndRateFirstRep().getRateQuantity().getSystem()).isEqualTo(FhirCodes.UCUM);
        assertThat(infusionDosage.getDoseAndRateFirstRep().getRateQuantity().getCode()).isEqualTo("mg/h");
        assertThat(infusionDosage.hasAsNeeded()).isFalse();
        Dosage pcaDosage = requests.get(pca.id().toString()).getDosageInstructionFirstRep();
        assertThat(pcaDosage.getDoseAndRateFirstRep().getDoseQuantity().getValue()).isEqualByComparingTo("1");
        assertThat(pcaDosage.getText()).contains("PCA", "bolus");
        assertThat(requests.get(scheduled.id().toString()).getDosageInstructionFirstRep().getTiming().getRepeat().getFrequency()).isEqualTo(2);

        Map<String, MedicationAdministration> given = new HashMap<>();
        reader.all(MedicationAdministration.class).forEach(m -> given.put(m.getIdentifierFirstRep().getValue(), m));
        assertThat(given).hasSize(chart.size());
        MedicationAdministration heldPrn = given.get(prnHeld.id().toString());
        assertThat(heldPrn.getStatus()).isEqualTo(MedicationAdministration.MedicationAdministrationStatus.NOTDONE);
        assertThat(heldPrn.getStatusReasonFirstRep().getText()).isEqualTo("Held: drowsy, POSS 3");
        assertThat(heldPrn.getRequest().getReference()).isEqualTo(RegimenResources.requestUrl(prn.id()));
        assertThat(heldPrn.getEffectiveDateTimeType().getValue().toInstant()).isEqualTo(prnHeld.instant());
        assertThat(given.get(held.id().toString()).getStatusReasonFirstRep().getText()).isEqualTo("Held: nil by mouth before surgery");
        MedicationAdministration pump = given.get(reading.id().toString());
        assertThat(pump.getStatus()).isEqualTo(MedicationAdministration.MedicationAdministrationStatus.COMPLETED);
        assertThat(pump.getEffectivePeriod().getStart().toInstant()).isEqualTo(reading.periodStart().toInstant());
        assertThat(pump.getEffectivePeriod().getEnd().toInstant()).isEqualTo(reading.instant());
        assertThat(pump.getDosage().getDose().getValue()).isEqualByComparingTo("8");
        assertThat(pump.getDosage().getDose().getCode()).isEqualTo("mg");
        assertThat(pump.getRequest().getReference()).isEqualTo(RegimenResources.requestUrl(pca.id()));
        // The nurse performs through a PractitionerRole, as an exam's examiner does.
        PractitionerRole role = reader.resolve(pump.getPerformerFirstRep().getActor(), PractitionerRole.class);
        assertThat(role.getPractitioner().getDisplay()).isEqualTo("Nurse Chart (fictional)");
        assertThat(role.getCodeFirstRep().getCodingFirstRep().getCode()).isEqualTo("nurse");
    }

    private static OffsetDateTime at(int dayOfJune, int hour) {
        return LocalDate.of(2026, 6, dayOfJune).atTime(hour, 0).atZone(FhirTestSupport.BERLIN).toOffsetDateTime();
    }

    private static MedicationOrder order(Patient p, String drug, OrderKind kind, String dose, DoseUnit unit, Route route, String perDay,
                                         OffsetDateTime start, OffsetDateTime stop) {
        return new MedicationOrder(OrderId.random(), p.id(), drug, new BigDecimal(dose), unit, route, perDay == null ? null : new BigDecimal(perDay),
                start, stop, "", kind, Indication.NOCICEPTIVE_PAIN, null);
    }

    private static Administration dose(MedicationOrder order, OffsetDateTime at, OffsetDateTime periodStart, String dose,
                                       AdministrationStatus status, Clinician by, String note) {
        return new Administration(AdministrationId.random(), order.id(), order.patientId(), at, periodStart, new BigDecimal(dose),
                order.unit(), status, by, note);
    }
}
