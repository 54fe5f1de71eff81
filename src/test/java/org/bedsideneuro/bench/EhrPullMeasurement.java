package org.bedsideneuro.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.persistence.Database;
import org.bedsideneuro.persistence.Work;
import org.bedsideneuro.service.EhrClient;
import org.bedsideneuro.service.FhirImportReport;
import org.bedsideneuro.service.FhirPullService;
import org.bedsideneuro.service.TestEhrServer;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.MedicationAdministration;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Ratio;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.SimpleQuantity;

/**
 * Pulling one patient from the EHR (issue target: under 5 s): a year of four PRN doses a day (about 1,500 resources)
 * served by HAPI's RestfulServer in Jetty on 127.0.0.1, read page by page, previewed, and imported into an empty
 * database. One sample is the whole pull: search, preview, apply.
 */
final class EhrPullMeasurement implements Measurement {
    private static final PatientId MRN = new PatientId("SYN-PULL-1");
    private static final Work<Clinician> BY = s -> s.clinicians().findOrCreate("os:bench", Role.OTHER);

    @Override
    public String shortName() {
        return "pull";
    }

    @Override
    public String name() {
        return "pull a patient from the EHR";
    }

    @Override
    public List<Result> measure(BenchContext ctx) throws Exception {
        try (TestEhrServer server = new TestEhrServer()) {
            int resources = serveAYear(server, LocalDate.now(ctx.clock()));
            Samples samples = new Samples();
            int runs = Math.min(ctx.options().runs(), 5);
            for (int i = -1; i < runs; i++) {
                Path file = ctx.dir().resolve("pull-" + i + ".db");
                try (Database db = Database.open(file, ctx.clock())) {
                    FhirPullService pull = new FhirPullService(db, ctx.clock(), new EhrClient(Duration.ofSeconds(30), null));
                    long start = System.nanoTime();
                    FhirPullService.Pulled pulled = pull.pull(server.base(), MRN, null, BY);
                    FhirImportReport applied = pull.apply(pulled, BY);
                    double ms = Stopwatch.millisSince(start);
                    if (!applied.succeeded()) {
                        throw new IllegalStateException("pull refused: " + applied.problems());
                    }
                    if (i >= 0) {
                        samples.add(ms);
                    }
                } finally {
                    ImportMeasurement.deleteDatabase(file);
                }
            }
            return List.of(new Result("pull one patient from the EHR, preview and import (" + resources + " resources)", "ms", samples, null, null,
                    Result.Target.below(5000, "ms")));
        }
    }

    /** A patient on a PRN order with four doses a day for the year before {@code today}; the resources served. */
    private static int serveAYear(TestEhrServer server, LocalDate today) {
        Patient patient = new Patient();
        patient.setId("bench-p");
        patient.addIdentifier(new Identifier().setValue(MRN.value()));
        patient.addName().setFamily("Benchperson").addGiven("Pat");
        patient.setBirthDateElement(new DateType("1950-01-01"));
        patient.setGender(Enumerations.AdministrativeGender.FEMALE);
        MedicationRequest prn = new MedicationRequest();
        prn.setId("bench-prn");
        prn.setStatus(MedicationRequest.MedicationRequestStatus.ACTIVE);
        prn.setIntent(MedicationRequest.MedicationRequestIntent.ORDER);
        prn.setSubject(new Reference("Patient/bench-p"));
        prn.setMedication(new CodeableConcept().setText("oxycodone"));
        LocalDate first = today.minusDays(366);
        var dosage = prn.addDosageInstruction();
        dosage.getTiming().getRepeat().setBounds(new Period().setStartElement(new DateTimeType(at(first.minusDays(1), 8))));
        dosage.setAsNeeded(new BooleanType(true));
        dosage.setRoute(new CodeableConcept().setText("oral"));
        dosage.addDoseAndRate().setDose(new Quantity().setValue(5).setSystem("http://unitsofmeasure.org").setCode("mg"));
        dosage.setMaxDosePerPeriod(new Ratio().setNumerator(new Quantity().setValue(30).setCode("mg")).setDenominator(new Quantity().setValue(1).setCode("d")));
        server.add(patient, prn);
        int served = 2;
        for (LocalDate day = first; day.isBefore(today); day = day.plusDays(1)) {
            for (int hour : new int[] {6, 12, 18, 22}) {
                MedicationAdministration a = new MedicationAdministration();
                a.setId("bench-" + day + "-" + hour);
                a.setStatus(MedicationAdministration.MedicationAdministrationStatus.COMPLETED);
                a.setSubject(new Reference("Patient/bench-p"));
                a.setRequest(new Reference("MedicationRequest/bench-prn"));
                a.setMedication(new CodeableConcept().setText("oxycodone"));
                a.setEffective(new DateTimeType(at(day, hour)));
                a.getDosage().setDose(new SimpleQuantity().setValue(5).setSystem("http://unitsofmeasure.org").setCode("mg"));
                server.add(a);
                served++;
            }
        }
        return served;
    }

    private static String at(LocalDate day, int hour) {
        return day.atTime(hour, 0).atZone(ZoneId.of("Europe/Berlin")).toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
