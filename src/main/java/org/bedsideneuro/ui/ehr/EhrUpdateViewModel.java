package org.bedsideneuro.ui.ehr;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.exchange.ImportReport;
import org.bedsideneuro.persistence.Work;
import org.bedsideneuro.service.EhrClient;
import org.bedsideneuro.service.FhirImportReport;
import org.bedsideneuro.service.FhirPullService;
import org.bedsideneuro.service.WardRecords;
import org.bedsideneuro.ui.common.BackgroundRunner;
import org.bedsideneuro.ui.common.Notice;

/**
 * "Update from the EHR" for one patient or the whole ward: reads the record on the background runner (the FX thread
 * never waits for the server), offers what would change as an {@link EhrPreview}, and imports it only when
 * {@link #apply} is called. A server that is not set, down, slow or answers garbage gives a notice in plain words and
 * changes nothing. FX thread.
 */
public final class EhrUpdateViewModel {
    private final WardRecords records;
    private final Clock clock;
    private final BackgroundRunner runner;
    private final Supplier<Optional<URI>> server;
    private final Function<URI, EhrClient> clients;
    private final Work<Clinician> by;
    private final ReadOnlyObjectWrapper<EhrPreview> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>(this, "notice");
    private FhirPullService.Pulled pulled;

    /**
     * @param server  this computer's EHR server, read when an update starts (empty: none is set)
     * @param clients the client for a server (signed in when the server asks for it); called on the background thread
     */
    public EhrUpdateViewModel(WardRecords records, Clinician clinician, Clock clock, BackgroundRunner runner, Supplier<Optional<URI>> server,
                              Function<URI, EhrClient> clients) {
        this.records = Objects.requireNonNull(records, "records");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.server = Objects.requireNonNull(server, "server");
        this.clients = Objects.requireNonNull(clients, "clients");
        Objects.requireNonNull(clinician, "clinician");
        this.by = FhirPullService.recordedAs(clinician);
    }

    /** Reads {@code patient}'s record from the EHR and previews it. */
    public void updatePatient(Patient patient) {
        start(patient.displayName(), List.of(patient.id()), "Reading " + patient.displayName() + "'s record from the EHR…");
    }

    /** Reads every patient of the ward from the EHR and previews them together (applied as one import). */
    public void updateWard(List<Patient> patients) {
        if (patients.isEmpty()) {
            notice.set(Notice.problem("The ward has no patients to update from the EHR."));
            return;
        }
        start("the ward (" + patients.size() + (patients.size() == 1 ? " patient)" : " patients)"), patients.stream().map(Patient::id).toList(),
                "Reading " + patients.size() + (patients.size() == 1 ? " patient's record" : " patients' records") + " from the EHR…");
    }

    private void start(String about, List<PatientId> patients, String reading) {
        if (busy.get()) {
            return;
        }
        Optional<URI> uri = server.get();
        if (uri.isEmpty()) {
            notice.set(Notice.problem("No EHR server is set for this computer: Settings, EHR server… (IT has the address)."));
            return;
        }
        busy.set(true);
        preview.set(null);
        pulled = null;
        notice.set(Notice.info(reading + " If the hospital's sign-in page opens in the browser, sign in there."));
        runner.run(() -> {
            FhirPullService service = records.ehrPull(clock, clients.apply(uri.get()));
            return patients.size() == 1 ? service.pull(uri.get(), patients.get(0), null, by) : service.pullAll(uri.get(), patients, null, by);
        }, read -> {
            busy.set(false);
            pulled = read;
            notice.set(null);
            preview.set(EhrPreview.of(about, read));
        }, failure -> {
            busy.set(false);
            notice.set(Notice.problem(failure.message()));
        });
    }

    /** Imports what the preview showed: all or nothing; {@code onApplied} reloads the screens. */
    public void apply(Runnable onApplied) {
        FhirPullService.Pulled toApply = pulled;
        EhrPreview shown = preview.get();
        if (toApply == null || shown == null || !shown.canApply() || busy.get()) {
            return;
        }
        busy.set(true);
        runner.run(() -> records.ehrPull(clock, clients.apply(toApply.server())).apply(toApply, by), report -> {
            busy.set(false);
            discard();
            if (report.succeeded()) {
                notice.set(Notice.info("Updated from the EHR: " + summary(report)));
                onApplied.run();
            } else {
                notice.set(Notice.problem("Nothing was imported: " + String.join("; ", report.problems())));
            }
        }, failure -> {
            busy.set(false);
            discard();
            notice.set(Notice.problem(failure.message()));
        });
    }

    /** Closes the preview without importing anything. */
    public void discard() {
        pulled = null;
        preview.set(null);
    }

    private static String summary(FhirImportReport report) {
        ImportReport w = report.written();
        return w.ordersAdded() + " orders, " + w.administrationsAdded() + " doses, " + w.findingsAdded() + " eGFR values added"
                + (w.patientsAdded() > 0 ? ", " + w.patientsAdded() + " patients added" : "")
                + (report.notImported().isEmpty() ? "." : "; " + report.notImported().size() + " not imported (listed in the preview).");
    }

    public ReadOnlyObjectProperty<EhrPreview> previewProperty() { return preview.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public ObjectProperty<Notice> noticeProperty() { return notice; }
}
