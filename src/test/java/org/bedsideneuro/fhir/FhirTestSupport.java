package org.bedsideneuro.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.demo.DemoWard;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.exam.ExamId;
import org.bedsideneuro.domain.exam.Signature;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.domain.regimen.Administration;
import org.bedsideneuro.domain.regimen.MedicationOrder;
import org.bedsideneuro.domain.regimen.MmeTable;
import org.bedsideneuro.domain.trend.PatientCourse;
import org.bedsideneuro.persistence.Database;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeSystem;

/** A demo ward in a real SQLite file, and the official HAPI validator working offline (shared/fhir-notes.md). */
final class FhirTestSupport {
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-15T10:30:00Z"), BERLIN);
    static final LocalDate TODAY = LocalDate.now(CLOCK);

    private FhirTestSupport() {
    }

    /** Saves the demo ward, its administrations included, through the repositories. */
    static Database demoDatabase(Path dir) {
        Database db = Database.open(dir.resolve("ward.db"), CLOCK);
        DemoWard ward = DemoWard.generate(CLOCK);
        db.write(s -> {
            for (Clinician c : ward.clinicians()) {
                s.clinicians().ensure(c);
            }
            Clinician admin = ward.clinicians().get(0);
            for (Patient p : ward.patients()) {
                s.patients().add(p, admin);
            }
            for (MedicationOrder o : ward.orders()) {
                s.medications().add(o, admin);
            }
            for (Exam e : ward.exams()) {
                s.exams().add(e, e.recordedBy());
            }
            for (Administration a : ward.administrations()) {
                s.administrations().record(a, a.givenBy()); // charted by the nurse who gave the dose
            }
            return null;
        });
        return db;
    }

    static PatientCourse course(Database db, PatientId id) {
        return db.read(s -> PatientCourse.of(s.patients().find(id).orElseThrow(), s.exams().current(id),
                s.medications().forPatient(id), s.administrations().current(id), MmeTable.standard(), BERLIN, TODAY));
    }

    static Bundle export(Database db, PatientId id) {
        PatientCourse course = course(db, id);
        Map<ExamId, List<Signature>> signatures =
                db.read(s -> s.signatures().forPatient(id));
        return FhirExporter.export(FhirExportRequest.whole(course, db.read(s -> s.exams().history(id)), CLOCK.instant()).withSignatures(signatures));
    }

    /** Built once per test class: the cold start loads about 57 MB of definitions (6-8 s). */
    static FhirValidator validator() {
        FhirContext ctx = FhirExporter.context();
        PrePopulatedValidationSupport local = new PrePopulatedValidationSupport(ctx);
        for (CodeSystem cs : LocalCodeSystems.all()) {
            local.addCodeSystem(cs);
        }
        ValidationSupportChain chain = new ValidationSupportChain(new DefaultProfileValidationSupport(ctx), local,
                new CommonCodeSystemsTerminologyService(ctx), new InMemoryTerminologyServerValidationSupport(ctx),
                new SnapshotGeneratingValidationSupport(ctx));
        return ctx.newValidator().registerValidatorModule(new FhirInstanceValidator(chain));
    }

    /** Validates the JSON as a receiver would read it; prints the warnings; returns the errors. */
    static List<String> errors(FhirValidator validator, String label, String json) {
        ValidationResult result = validator.validateWithResult(json);
        List<SingleValidationMessage> messages = result.getMessages();
        messages.stream().filter(m -> m.getSeverity() == ResultSeverityEnum.WARNING)
                .map(m -> m.getMessage().replaceAll("urn:uuid:[0-9a-f-]+", "urn:uuid:…"))
                .distinct()
                .forEach(m -> System.out.println("[FHIR warning] " + label + ": " + m));
        return messages.stream().filter(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
                .map(m -> m.getLocationString() + ": " + m.getMessage()).toList();
    }
}
