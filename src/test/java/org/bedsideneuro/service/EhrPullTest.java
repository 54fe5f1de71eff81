package org.bedsideneuro.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.bedsideneuro.domain.account.AccessAction;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.persistence.AccessEntry;
import org.bedsideneuro.persistence.Database;
import org.bedsideneuro.persistence.Work;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Dosage;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.MedicationAdministration;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Ratio;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.SimpleQuantity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pulling a patient from a real FHIR server (HAPI's RestfulServer in Jetty on 127.0.0.1, started here) serving the
 * synthetic EHR bundle of the import tests: a preview that writes nothing, the import on confirmation, the pull in
 * the access log, nothing new on a second pull; and a server that fails, hangs, answers garbage or cannot tell the
 * patient, each a plain message with nothing changed.
 */
class EhrPullTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-15T10:30:00Z"), ZoneId.of("Europe/Berlin"));
    private static final PatientId MRN = new PatientId("SYN-EHR-1");
    private static final Work<Clinician> NEUROLOGIST = s -> s.clinicians().findOrCreate("Dr Ada Testwell", Role.NEUROLOGIST);

    @TempDir
    Path dir;

    private TestEhrServer server;
    private Database db;

    @BeforeEach
    void start() throws Exception {
        server = new TestEhrServer();
        Bundle bundle = FhirContext.forR4Cached().newJsonParser().parseResource(Bundle.class, resource("/org/bedsideneuro/fhir/ehr-bundle.json"));
        bundle.getEntry().forEach(e -> server.add(e.getResource()));
        db = Database.open(dir.resolve("ward.db"), CLOCK);
    }

    @AfterEach
    void stop() throws Exception {
        db.close();
        server.close();
    }

    private static String resource(String name) {
        try (InputStream in = EhrPullTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private FhirPullService service(Duration timeout) {
        return new FhirPullService(db, CLOCK, new EhrClient(timeout, null));
    }

    @Test
    void aPullPreviewsWithoutWritingThenAppliesOnceAndIsInTheAccessLog() {
        FhirPullService pull = service(Duration.ofSeconds(10));
        FhirPullService.Pulled pulled = pull.pull(server.base(), MRN, null, NEUROLOGIST);
        FhirImportReport preview = pulled.wouldChange();
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.written().patientsAdded()).isEqualTo(1);
        assertThat(preview.written().ordersAdded()).isEqualTo(2);
        assertThat(preview.written().administrationsAdded()).isEqualTo(2);
        assertThat(preview.written().findingsAdded()).isEqualTo(2);
        assertThat(preview.notImported()).hasSize(3);
        assertThat(db.<List<Patient>>read(s -> s.patients().all())).as("a preview writes nothing").isEmpty();

        FhirImportReport applied = pull.apply(pulled, NEUROLOGIST);
        assertThat(applied.succeeded()).isTrue();
        assertThat(db.<List<Patient>>read(s -> s.patients().all())).extracting(Patient::id).containsExactly(MRN);
        List<AccessEntry> pulls = db.read(s -> s.accessLog().find(MRN, null, null, null));
        assertThat(pulls).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo(AccessAction.PULL_FROM_EHR);
            assertThat(e.detail()).contains(server.base().toString());
        });

        FhirImportReport again = pull.pull(server.base(), MRN, null, NEUROLOGIST).wouldChange();
        assertThat(again.written().patientsAdded() + again.written().ordersAdded() + again.written().administrationsAdded()
                + again.written().findingsAdded()).isZero();
    }

    @Test
    void aServerThatFailsHangsOrAnswersGarbageChangesNothing() {
        server.fail(TestEhrServer.Failure.ERROR_500);
        assertThatThrownBy(() -> service(Duration.ofSeconds(5)).pull(server.base(), MRN, null, NEUROLOGIST))
                .isInstanceOf(EhrUnavailableException.class).hasMessageContaining("answered 500").hasMessageContaining("Nothing was changed");
        server.fail(TestEhrServer.Failure.GARBAGE);
        assertThatThrownBy(() -> service(Duration.ofSeconds(5)).pull(server.base(), MRN, null, NEUROLOGIST))
                .isInstanceOf(EhrUnavailableException.class).hasMessageContaining("not a FHIR R4 Bundle");
        server.fail(TestEhrServer.Failure.HANG);
        assertThatThrownBy(() -> service(Duration.ofSeconds(1)).pull(server.base(), MRN, null, NEUROLOGIST))
                .isInstanceOf(EhrUnavailableException.class).hasMessageContaining("did not answer within 1 s");
        assertThat(db.<List<Patient>>read(s -> s.patients().all())).isEmpty();
    }

    @Test
    void anUnknownMrnOrTwoPatientsWithOneMrnAreSaidSo() {
        assertThatThrownBy(() -> service(Duration.ofSeconds(5)).pull(server.base(), new PatientId("SYN-NOBODY"), null, NEUROLOGIST))
                .isInstanceOf(EhrUnavailableException.class).hasMessageContaining("no patient with MRN SYN-NOBODY");
        org.hl7.fhir.r4.model.Patient twin = new org.hl7.fhir.r4.model.Patient();
        twin.setId("p9");
        twin.addIdentifier(new Identifier().setValue(MRN.value()));
        server.add(twin);
        assertThatThrownBy(() -> service(Duration.ofSeconds(5)).pull(server.base(), MRN, null, NEUROLOGIST))
                .isInstanceOf(EhrUnavailableException.class).hasMessageContaining("2 patients with MRN SYN-EHR-1");
    }


    /** A year of four PRN doses a day: more than one page of every search, every page read. */
    @Test
    void aYearOfDosesComesOverEveryPage() {
        MedicationRequest prn = new MedicationRequest();
        prn.setId("r-year");
        prn.setStatus(MedicationRequest.MedicationRequestStatus.ACTIVE);
        prn.setIntent(MedicationRequest.MedicationRequestIntent.ORDER);
        prn.setSubject(new Reference("Patient/p1"));
        prn.setMedication(new CodeableConcept().setText("oxycodone"));
        Dosage dosage = prn.addDosageInstruction();
        dosage.getTiming().getRepeat().setBounds(new Period().setStartElement(new DateTimeType("2025-06-01T08:00:00+02:00")));
        dosage.setAsNeeded(new BooleanType(true));
        dosage.setRoute(new CodeableConcept().setText("oral"));
        dosage.addDoseAndRate().setDose(new Quantity().setValue(5).setSystem("http://unitsofmeasure.org").setCode("mg"));
        dosage.setMaxDosePerPeriod(new Ratio().setNumerator(new Quantity().setValue(30).setCode("mg"))
                .setDenominator(new Quantity().setValue(1).setCode("d")));
        server.add(prn);
        LocalDate day = LocalDate.of(2025, 6, 15);
        int doses = 0;
        for (; day.isBefore(LocalDate.of(2026, 6, 14)); day = day.plusDays(1)) {
            for (int hour : new int[] {6, 12, 18, 22}) {
                MedicationAdministration a = new MedicationAdministration();
                a.setId("a-" + day + "-" + hour);
                a.setStatus(MedicationAdministration.MedicationAdministrationStatus.COMPLETED);
                a.setSubject(new Reference("Patient/p1"));
                a.setRequest(new Reference("MedicationRequest/r-year"));
                a.setMedication(new CodeableConcept().setText("oxycodone"));
                a.setEffective(new DateTimeType(day.atTime(hour, 0).atZone(ZoneId.of("Europe/Berlin")).toOffsetDateTime()
                        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)));
                a.getDosage().setDose(new SimpleQuantity().setValue(5).setSystem("http://unitsofmeasure.org").setCode("mg"));
                server.add(a);
                doses++;
            }
        }
        FhirImportReport preview = service(Duration.ofSeconds(20)).pull(server.base(), MRN, null, NEUROLOGIST).wouldChange();
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.written().administrationsAdded()).isEqualTo(doses + 2);
    }
}
