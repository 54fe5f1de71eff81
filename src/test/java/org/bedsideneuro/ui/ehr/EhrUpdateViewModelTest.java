package org.bedsideneuro.ui.ehr;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.domain.patient.Sex;
import org.bedsideneuro.domain.regimen.MedicationOrder;
import org.bedsideneuro.persistence.Database;
import org.bedsideneuro.service.EhrClient;
import org.bedsideneuro.service.TestEhrServer;
import org.bedsideneuro.service.WardRecords;
import org.bedsideneuro.ui.FxTestSupport;
import org.bedsideneuro.ui.common.BackgroundRunner;
import org.bedsideneuro.ui.common.Notice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Update from the EHR" without a window, against a real FHIR server: the preview counts what is new and lists what is
 * not imported, nothing is written until apply, apply imports once and reloads; no server set, a server that is down,
 * answers 500 or hangs each give a plain notice and change nothing.
 */
class EhrUpdateViewModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-15T10:30:00Z"), ZoneId.of("Europe/Berlin"));

    @TempDir
    Path dir;
    private TestEhrServer server;
    private Database db;
    private BackgroundRunner runner;
    private Patient erin;
    private Optional<URI> address;
    private Duration timeout = Duration.ofSeconds(20);
    private EhrUpdateViewModel model;

    @BeforeAll
    static void toolkit() {
        FxTestSupport.startToolkit();
    }

    @BeforeEach
    void ward() throws Exception {
        server = EhrTestWard.serverWithErin();
        db = Database.open(dir.resolve("ward.db"), CLOCK);
        Clinician neurologist = db.write(s -> s.clinicians().findOrCreate("Dr Example", Role.NEUROLOGIST));
        erin = EhrTestWard.erin(db, neurologist);
        runner = new BackgroundRunner();
        address = Optional.of(server.base());
        model = FxTestSupport.onFx(() -> new EhrUpdateViewModel(WardRecords.of(db), neurologist, CLOCK, runner, () -> address,
                uri -> new EhrClient(timeout, null)));
    }

    @AfterEach
    void close() throws Exception {
        runner.close();
        db.close();
        server.close();
    }

    private List<MedicationOrder> orders() {
        return db.read(s -> s.medications().forPatient(EhrTestWard.MRN));
    }

    @Test
    void thePreviewCountsWhatIsNewAndNothingIsWrittenUntilApplied() {
        FxTestSupport.onFx(() -> model.updatePatient(erin));
        FxTestSupport.awaitQuiet(runner);
        EhrPreview preview = model.previewProperty().get();
        assertThat(preview).as(() -> "notice: " + model.noticeProperty().get()).isNotNull();
        assertThat(preview.changes()).contains("2 new orders.", "2 new doses.", "2 new eGFR values.").noneMatch(line -> line.contains("patient"));
        assertThat(preview.notImported()).hasSize(3).anySatisfy(line -> assertThat(line).contains("not a drug BedsideNeuro counts or watches"));
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.canApply()).isTrue();
        assertThat(orders()).as("a preview writes nothing").isEmpty();

        AtomicInteger reloaded = new AtomicInteger();
        FxTestSupport.onFx(() -> model.apply(reloaded::incrementAndGet));
        FxTestSupport.awaitQuiet(runner);
        assertThat(orders()).hasSize(2);
        assertThat(reloaded).hasValue(1);
        assertThat(model.noticeProperty().get().text()).startsWith("Updated from the EHR: 2 orders, 2 doses, 2 eGFR values added");
        assertThat(model.previewProperty().get()).isNull();

        FxTestSupport.onFx(() -> model.updateWard(List.of(erin)));
        FxTestSupport.awaitQuiet(runner);
        assertThat(model.previewProperty().get().canApply()).as("a second update has nothing new").isFalse();
        assertThat(model.previewProperty().get().changes().get(0)).startsWith("Nothing new");
    }

    @Test
    void theWardUpdateListsAPatientTheEhrDoesNotKnowAndGoesOnWithTheOthers() {
        Patient stranger = db.write(s -> {
            Patient p = new Patient(new PatientId("SYN-NOT-IN-EHR"), "Unknown", "Uma", LocalDate.of(1970, 1, 1), Sex.UNKNOWN, "Neuro 4B", "14");
            s.patients().add(p, s.clinicians().findOrCreate("Dr Example", Role.NEUROLOGIST));
            return p;
        });
        FxTestSupport.onFx(() -> model.updateWard(List.of(erin, stranger)));
        FxTestSupport.awaitQuiet(runner);
        EhrPreview preview = model.previewProperty().get();
        assertThat(preview.about()).isEqualTo("the ward (2 patients)");
        assertThat(preview.notRead()).singleElement().asString().startsWith("SYN-NOT-IN-EHR: The EHR has no patient with MRN SYN-NOT-IN-EHR");
        assertThat(preview.changes()).contains("2 new orders.");
        FxTestSupport.onFx(() -> model.apply(() -> { }));
        FxTestSupport.awaitQuiet(runner);
        assertThat(orders()).hasSize(2);
    }

    @Test
    void noServerADownServerA500OrAHangingServerIsSaidPlainlyAndChangesNothing() throws Exception {
        address = Optional.empty();
        assertNotice("No EHR server is set for this computer");

        address = Optional.of(URI.create("http://127.0.0.1:" + freePort() + "/fhir"));
        assertNotice("The EHR server cannot be reached");

        address = Optional.of(server.base());
        server.fail(TestEhrServer.Failure.ERROR_500);
        assertNotice("The EHR server answered 500 instead of the record. Nothing was changed.");
        server.fail(TestEhrServer.Failure.GARBAGE);
        assertNotice("The EHR server's answer is not a FHIR R4 Bundle. Nothing was changed.");
        server.fail(TestEhrServer.Failure.HANG);
        timeout = Duration.ofSeconds(1);
        assertNotice("The EHR server did not answer within 1 s. Nothing was changed; try again later.");
        assertThat(orders()).isEmpty();
    }

    @Test
    void twoPatientsWithTheMrnInTheEhrAreSaidPlainlyAndNothingIsRead() {
        org.hl7.fhir.r4.model.Patient twin = new org.hl7.fhir.r4.model.Patient();
        twin.setId("p9");
        twin.addIdentifier().setValue(EhrTestWard.MRN.value());
        server.add(twin);
        assertNotice("The EHR has 2 patients with MRN SYN-EHR-1; BedsideNeuro cannot tell which is this patient. Nothing was changed.");
        assertThat(orders()).isEmpty();
    }

    /** Orders are a neurologist's to bring in, from the EHR as by hand (Permissions); the preview says so. */
    @Test
    void aNurseIsToldThatTheOrdersNeedANeurologist() {
        Clinician nurse = db.write(s -> s.clinicians().findOrCreate("Nurse Example", Role.NURSE));
        EhrUpdateViewModel asNurse = FxTestSupport.onFx(() -> new EhrUpdateViewModel(WardRecords.of(db), nurse, CLOCK, runner, () -> address,
                uri -> new EhrClient(timeout, null)));
        FxTestSupport.onFx(() -> asNurse.updatePatient(erin));
        FxTestSupport.awaitQuiet(runner);
        assertThat(asNurse.noticeProperty().get().text()).isEqualTo("Nurse Example (nurse) may not manage medication orders: this needs a neurologist.");
        assertThat(orders()).isEmpty();
    }

    private void assertNotice(String start) {
        FxTestSupport.onFx(() -> model.updatePatient(erin));
        FxTestSupport.awaitQuiet(runner);
        Notice notice = model.noticeProperty().get();
        assertThat(notice.kind()).isEqualTo(Notice.Kind.PROBLEM);
        assertThat(notice.text()).startsWith(start).doesNotContain("Exception:");
        assertThat(model.previewProperty().get()).isNull();
        assertThat(model.busyProperty().get()).isFalse();
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
