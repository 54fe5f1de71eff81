package org.bedsideneuro.ui.ward;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.bedsideneuro.domain.account.Action;
import org.bedsideneuro.domain.account.Permissions;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.service.WardRecords;
import org.bedsideneuro.service.WardSnapshot;
import org.bedsideneuro.ui.common.AfterDrawn;
import org.bedsideneuro.ui.common.BackgroundRunner;
import org.bedsideneuro.ui.common.ClinicalFormats;
import org.bedsideneuro.ui.common.Notice;

/**
 * The ward's patients and the search over them. The whole ward is loaded once per refresh and filtered in memory,
 * so typing in the search box never touches the database (OpenMRS asks for filters under 150 ms). That one read
 * ({@link WardSnapshot}) also serves the observation and flags columns.
 */
public final class WardViewModel {
    /** The longest the rest of a ward read waits for the list to be drawn. */
    private static final Duration LIST_DRAWN_WAIT = Duration.ofSeconds(1);

    private final WardRecords records;
    private final Clinician clinician;
    private final Clock clock;
    private final BackgroundRunner runner;
    private final ClinicalFormats formats;

    private final ObservableList<WardRow> allRows = FXCollections.observableArrayList();
    private final FilteredList<WardRow> visibleRows = new FilteredList<>(allRows);
    /** Made once: an unmodifiable view listens weakly, so one made per call could be collected under a listener. */
    private final ObservableList<WardRow> allRowsView = FXCollections.unmodifiableObservableList(allRows);
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>(this, "notice");
    private final ReadOnlyObjectWrapper<WardSnapshot> snapshot = new ReadOnlyObjectWrapper<>(this, "snapshot");
    private final BooleanBinding wardEmpty;
    private final StringBinding countText;
    private final StringBinding placeholderText;

    public WardViewModel(WardRecords records, Clinician clinician, Clock clock, BackgroundRunner runner) {
        this.records = Objects.requireNonNull(records, "records");
        this.clinician = Objects.requireNonNull(clinician, "clinician");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.formats = new ClinicalFormats(clock);
        visibleRows.predicateProperty().bind(Bindings.createObjectBinding(() -> matching(search.get()), search));
        wardEmpty = Bindings.createBooleanBinding(() -> loaded.get() && allRows.isEmpty(), loaded, allRows);
        countText = Bindings.createStringBinding(this::describeCount, visibleRows, allRows);
        placeholderText = Bindings.createStringBinding(this::describeNoRows, loaded, allRows, search);
    }

    /**
     * What the ward table says when it shows no row: still reading, an empty ward (and how it fills), or a search that
     * matches no one.
     */
    private String describeNoRows() {
        if (!loaded.get()) {
            return "Reading the ward\u2026";
        }
        if (allRows.isEmpty()) {
            return mayRegisterPatients()
                    ? "The ward is empty. Add the first patient with Add patient, or ask IT to import a ward's folder of CSV"
                            + " files (bedside-neuro import FOLDER)."
                    : "The ward is empty. Nurses and neurologists add patients with Add patient; IT can import a ward's"
                            + " folder of CSV files (bedside-neuro import FOLDER).";
        }
        return "No patient matches \u201c" + search.get().strip() + "\u201d. Search by name, MRN or bed.";
    }

    private static Predicate<WardRow> matching(String query) {
        return row -> row.matches(query);
    }

    private String describeCount() {
        int all = allRows.size();
        int shown = visibleRows.size();
        String patients = all == 1 ? "patient" : "patients";
        return shown == all ? all + " " + patients : shown + " of " + all + " " + patients;
    }

    /** Reloads the ward from the database; the search text stays as typed. */
    public void refresh() {
        refresh(() -> { });
    }

    /** Reloads, then runs {@code afterLoad} on the FX thread (to select a patient just saved, for example). */
    public void refresh(Runnable afterLoad) {
        // The list is shown as soon as its part of the read is in (Platform.runLater runs before the task's own
        // callback); statuses and record marks follow from the same transaction once the list is drawn, so that a cold
        // start waits for the list only and its first frame has the CPU to itself.
        runner.run(() -> records.read(s -> WardSnapshot.read(s, clock, (patients, last) -> {
                    AfterDrawn listDrawn = new AfterDrawn();
                    Platform.runLater(() -> {
                        allRows.setAll(patients.stream().map(p -> new WardRow(p, last.get(p.id()))).toList());
                        loaded.set(true);
                        listDrawn.markWhenDrawn();
                    });
                    listDrawn.await(LIST_DRAWN_WAIT);
                })),
                read -> {
                    snapshot.set(read);
                    afterLoad.run();
                },
                failure -> notice.set(Notice.of(failure)));
    }

    /** A blank form for a new patient. */
    public PatientFormViewModel newPatientForm() {
        return PatientFormViewModel.forNewPatient(records, clinician, clock, runner);
    }

    /** A form with this patient's details; the MRN is fixed. */
    public PatientFormViewModel editPatientForm(Patient patient) {
        return PatientFormViewModel.forExistingPatient(patient, records, clinician, clock, runner);
    }

    /** After a form saved: say so, reload, and run {@code select} with the saved patient's row once it is there. */
    public void patientSaved(Patient saved, Consumer<WardRow> select) {
        notice.set(Notice.info("Saved " + saved.displayName() + " (MRN " + saved.id() + ")."));
        refresh(() -> rowFor(saved.id()).ifPresent(select));
    }

    public Optional<WardRow> rowFor(PatientId id) {
        return allRows.stream().filter(r -> r.patient().id().equals(id)).findFirst();
    }

    /** "Recording: Dr A. Example (neurologist)" for the header: who every record made now will carry. */
    public String recordingClinicianText() {
        return "Recording: " + clinician.signature();
    }

    public Clinician clinician() { return clinician; }
    /** Adding and editing patients is a nurse's or a neurologist's: hidden from anyone else. */
    public boolean mayRegisterPatients() {
        return Permissions.allows(clinician, false, Action.REGISTER_PATIENT);
    }
    public ClinicalFormats formats() { return formats; }
    public StringProperty searchProperty() { return search; }
    /** The rows the search lets through; the view wraps it in a SortedList for column sorting. */
    public ObservableList<WardRow> visibleRows() { return visibleRows; }
    public ObservableList<WardRow> allRows() { return allRowsView; }
    public ReadOnlyBooleanProperty loadedProperty() { return loaded.getReadOnlyProperty(); }
    /** True once loaded and there is nobody on the ward. */
    public BooleanBinding wardEmptyBinding() { return wardEmpty; }
    public StringBinding countTextBinding() { return countText; }
    /** The ward table's text when it has no row to show. */
    public StringBinding placeholderTextBinding() { return placeholderText; }
    public ObjectProperty<Notice> noticeProperty() { return notice; }

    /**
     * The last read of the ward, set on the FX thread right after the rows: the ward's other columns (observation
     * statuses, flags) take their data from it instead of reading the ward again.
     */
    public ReadOnlyObjectProperty<WardSnapshot> snapshotProperty() { return snapshot.getReadOnlyProperty(); }
}
