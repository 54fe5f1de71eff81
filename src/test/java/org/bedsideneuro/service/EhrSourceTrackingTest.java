package org.bedsideneuro.service;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.domain.exam.ExamId;
import org.bedsideneuro.domain.exam.ExamStatus;
import org.bedsideneuro.domain.exam.RecordedExam;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.domain.regimen.Administration;
import org.bedsideneuro.domain.regimen.AdministrationId;
import org.bedsideneuro.domain.regimen.MedicationOrder;
import org.bedsideneuro.persistence.AdministrationWithdrawal;
import org.bedsideneuro.persistence.Database;
import org.bedsideneuro.persistence.EhrSource;
import org.bedsideneuro.persistence.Work;
import org.bedsideneuro.testdb.Backend;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.MedicationAdministration;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Observation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every record pulled from the EHR keeps its source (server, resource type, id, version), on both databases; a pull of
 * what has not changed on the server changes nothing; a dose the EHR marks entered-in-error or corrects withdraws the
 * earlier import with the reason, never deletes it; an order changed on the server is listed, never overwritten.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class EhrSourceTrackingTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-15T10:30:00Z"), ZoneId.of("Europe/Berlin"));
    private static final PatientId MRN = new PatientId("SYN-EHR-1");
    private static final Work<Clinician> NEUROLOGIST = s -> s.clinicians().findOrCreate("Dr Ada Testwell", Role.NEUROLOGIST);

    @Parameter
    Backend backend;

    @TempDir
    Path dir;

    private TestEhrServer server;
    private Database db;
    private FhirPullService pull;

    @BeforeEach
    void start() throws Exception {
        server = new TestEhrServer();
        String json;
        try (InputStream in = getClass().getResourceAsStream("/org/bedsideneuro/fhir/ehr-bundle.json")) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Bundle.BundleEntryComponent e : FhirContext.forR4Cached().newJsonParser().parseResource(Bundle.class, json).getEntry()) {
            e.getResource().getMeta().setVersionId("1");
            server.add(e.getResource());
        }
        db = backend.open(dir, "ward", CLOCK);
        pull = new FhirPullService(db, CLOCK, new EhrClient(Duration.ofSeconds(20), null));
    }

    @AfterEach
    void stop() throws Exception {
        db.close();
        server.close();
    }

    private FhirImportReport pullAndApply() {
        FhirPullService.Pulled pulled = pull.pull(server.base(), MRN, null, NEUROLOGIST);
        assertThat(pulled.wouldChange().problems()).isEmpty();
        FhirImportReport applied = pull.apply(pulled, NEUROLOGIST);
        assertThat(applied.problems()).isEmpty();
        return applied;
    }

    private Map<String, EhrSource> sourcesByResource() {
        List<EhrSource> all = db.read(s -> s.ehrSources().forPatient(MRN));
        return all.stream().collect(Collectors.toMap(src -> src.resourceType() + "/" + src.resourceId() + "@" + src.version(),
                src -> src));
    }

    private AdministrationId doseFrom(String administration) {
        EhrSource source = db.read(s -> s.ehrSources().latest(server.base().toString(), "MedicationAdministration", administration)).orElseThrow();
        return AdministrationId.parse(source.recordId());
    }

    @Test
    void everyImportedRecordKeepsItsSourceAndAnUnchangedServerChangesNothing() {
        pullAndApply();
        Map<String, EhrSource> sources = sourcesByResource();
        assertThat(sources.keySet()).containsExactlyInAnyOrder("Patient/p1@1", "MedicationRequest/r1@1", "MedicationRequest/r2@1",
                "MedicationAdministration/a1@1", "MedicationAdministration/a2@1", "Observation/o1@1", "Observation/o2@1");
        EhrSource dose = sources.get("MedicationAdministration/a1@1");
        assertThat(dose.server()).isEqualTo(server.base().toString());
        assertThat(dose.recordKind()).isEqualTo(EhrSource.ADMINISTRATION);
        assertThat(db.<Optional<Administration>>read(s -> s.administrations().find(AdministrationId.parse(dose.recordId())))).isPresent();
        assertThat(dose.describe()).isEqualTo(server.base() + "/MedicationAdministration/a1 version 1");
        assertThat(sources.get("MedicationRequest/r1@1").recordKind()).isEqualTo(EhrSource.ORDER);
        assertThat(sources.get("Observation/o1@1").recordKind()).isEqualTo(EhrSource.EXAM);
        assertThat(sources.get("Patient/p1@1").recordId()).isEqualTo(MRN.value());

        FhirImportReport again = pull.pull(server.base(), MRN, null, NEUROLOGIST).wouldChange();
        assertThat(again.unchanged()).as("orders, doses and eGFR values of the same version").isEqualTo(6);
        assertThat(again.written().ordersAdded() + again.written().administrationsAdded() + again.written().findingsAdded()).isZero();
        assertThat(again.withdrawn()).isEmpty();
        pullAndApply();
        assertThat(sourcesByResource()).hasSize(7);
    }

    @Test
    void aDoseEnteredInErrorOrCorrectedInTheEhrIsWithdrawnWithTheReasonAndAChangedOrderIsListed() {
        pullAndApply();
        AdministrationId given = doseFrom("a1");
        AdministrationId held = doseFrom("a2");

        MedicationAdministration inError = server.get(MedicationAdministration.class, "a1").copy();
        inError.setStatus(MedicationAdministration.MedicationAdministrationStatus.ENTEREDINERROR);
        inError.getMeta().setVersionId("2");
        server.replace(inError);
        MedicationAdministration corrected = server.get(MedicationAdministration.class, "a2").copy();
        corrected.setStatus(MedicationAdministration.MedicationAdministrationStatus.COMPLETED);
        corrected.getStatusReason().clear();
        corrected.getMeta().setVersionId("2");
        server.replace(corrected);
        MedicationRequest changedOrder = server.get(MedicationRequest.class, "r1").copy();
        changedOrder.getMeta().setVersionId("2");
        server.replace(changedOrder);

        FhirImportReport applied = pullAndApply();
        assertThat(applied.withdrawn()).containsExactlyInAnyOrder(
                "entered in error in the EHR (" + server.base() + "/MedicationAdministration/a1 version 2)",
                "corrected in the EHR: " + server.base() + "/MedicationAdministration/a2 version 2 replaces version 1");
        assertThat(applied.notImported()).anySatisfy(line -> assertThat(line)
                .startsWith("MedicationRequest/r1: changed in the EHR since it was imported (version 1, now 2)"));
        assertThat(db.<List<MedicationOrder>>read(s -> s.medications().forPatient(MRN))).as("no second order").hasSize(2);

        AdministrationWithdrawal withdrawal = db.read(s -> s.administrations().withdrawal(given)).orElseThrow();
        assertThat(withdrawal.reason()).contains("entered in error in the EHR");
        assertThat(db.<Optional<Administration>>read(s -> s.administrations().find(given))).as("withdrawn, never deleted").isPresent();
        assertThat(db.<Optional<AdministrationWithdrawal>>read(s -> s.administrations().withdrawal(held))).isPresent();
        List<Administration> standing = db.read(s -> s.administrations().current(MRN));
        assertThat(standing).singleElement().satisfies(a -> assertThat(a.status().code()).isEqualTo("given"));
        assertThat(doseFrom("a2")).as("the new version's dose").isEqualTo(standing.get(0).id());

        FhirImportReport again = pull.pull(server.base(), MRN, null, NEUROLOGIST).wouldChange();
        assertThat(again.withdrawn()).as("withdrawn once").isEmpty();
        assertThat(again.written().administrationsAdded()).isZero();
    }


    @Test
    void anEgfrValueEnteredInErrorInTheEhrWithdrawsItsRecordWithTheReason() {
        pullAndApply();
        EhrSource before = db.read(s -> s.ehrSources().latest(server.base().toString(), "Observation", "o1")).orElseThrow();
        Observation inError = server.get(Observation.class, "o1").copy();
        inError.setStatus(Observation.ObservationStatus.ENTEREDINERROR);
        inError.getMeta().setVersionId("2");
        server.replace(inError);

        FhirImportReport applied = pullAndApply();
        assertThat(applied.withdrawn()).containsExactly("entered in error in the EHR (" + server.base() + "/Observation/o1 version 2)");
        RecordedExam record = db.<Optional<RecordedExam>>read(s -> s.exams().find(ExamId.parse(before.recordId()))).orElseThrow();
        assertThat(record.status()).as("withdrawn, never deleted").isEqualTo(ExamStatus.VOIDED);
        assertThat(pull.pull(server.base(), MRN, null, NEUROLOGIST).wouldChange().withdrawn()).as("withdrawn once").isEmpty();
    }
}
