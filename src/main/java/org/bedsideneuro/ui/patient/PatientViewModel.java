package org.bedsideneuro.ui.patient;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.exam.ExamId;
import org.bedsideneuro.domain.exam.RecordedExam;
import org.bedsideneuro.domain.exam.Signature;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.service.WardRecords;
import org.bedsideneuro.ui.common.BackgroundRunner;
import org.bedsideneuro.ui.common.ClinicalFormats;
import org.bedsideneuro.ui.common.Notice;

/** One patient's page: header facts, the history of exams and observations, and the findings of the selected one. */
public final class PatientViewModel {
    private final WardRecords records;
    private final BackgroundRunner runner;
    private final ClinicalFormats formats;
    private final ZoneId zone;

    private final ReadOnlyObjectWrapper<Patient> patient = new ReadOnlyObjectWrapper<>(this, "patient");
    private final ObservableList<HistoryEntry> history = FXCollections.observableArrayList();
    private final ObjectProperty<HistoryEntry> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObservableList<FindingGroup> selectedFindings = FXCollections.observableArrayList();
    // Read-only views made once and kept: such a view listens to its list only weakly, so a fresh one per call
    // could be collected while a screen still listens to it, and the screen would silently stop updating.
    private final ObservableList<HistoryEntry> historyView = FXCollections.unmodifiableObservableList(history);
    private final ObservableList<FindingGroup> selectedFindingsView = FXCollections.unmodifiableObservableList(selectedFindings);
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>(this, "notice");

    private final StringBinding nameText;
    private final StringBinding mrnText;
    private final StringBinding bornText;
    private final StringBinding sexText;
    private final StringBinding locationText;
    private final StringBinding selectedTitle;
    private final StringBinding selectedNote;
    private final StringBinding selectedSignature;

    /** Counts loads, so a slow answer for the previous patient cannot overwrite the one now on screen. */
    private long generation;

    public PatientViewModel(WardRecords records, Clock clock, BackgroundRunner runner) {
        this.records = Objects.requireNonNull(records, "records");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.formats = new ClinicalFormats(clock);
        this.zone = clock.getZone();
        nameText = text(p -> p.displayName());
        mrnText = text(p -> "MRN " + p.id().value());
        bornText = text(p -> "Born " + formats.birthDateWithAge(p.birthDate()));
        sexText = text(p -> "Sex: " + p.sex().label().toLowerCase(Locale.ROOT));
        locationText = text(p -> p.location().isEmpty() ? "No bed recorded" : p.location());
        selected.addListener((obs, old, now) -> selectedFindings.setAll(now == null ? List.of() : FindingGroup.of(now.recorded().exam())));
        selectedTitle = Bindings.createStringBinding(() -> {
            HistoryEntry e = selected.get();
            return e == null ? "Select an exam or observation to see its findings"
                    : e.kind() + ", " + e.time() + ", " + e.clinician() + " · " + e.status();
        }, selected);
        selectedSignature = Bindings.createStringBinding(() -> selected.get() == null ? "" : selected.get().signatureText(), selected);
        selectedNote = Bindings.createStringBinding(() -> {
            HistoryEntry e = selected.get();
            return e == null ? "" : noteOf(e.recorded().exam());
        }, selected);
    }

    private StringBinding text(Function<Patient, String> part) {
        return Bindings.createStringBinding(() -> patient.get() == null ? "" : part.apply(patient.get()), patient);
    }

    private static String noteOf(Exam exam) {
        StringBuilder text = new StringBuilder(exam.note().isEmpty() ? "" : "Note: " + exam.note());
        exam.optionalAmendment().ifPresent(a -> text.append(text.length() == 0 ? "" : "\n")
                .append("Corrects an earlier version: ").append(a.reason()).append(" (").append(a.by().signature()).append(")"));
        return text.toString();
    }

    /** Shows this patient and loads their history; the newest entry is selected once it arrives. */
    public void show(Patient shown) {
        Objects.requireNonNull(shown, "patient");
        long thisLoad = ++generation;
        patient.set(shown);
        history.clear();
        selected.set(null);
        loaded.set(false);
        PatientId id = shown.id();
        runner.run(() -> loadHistory(id),
                recorded -> {
                    if (thisLoad == generation) {
                        showHistory(recorded);
                    }
                },
                failure -> notice.set(Notice.of(failure)));
    }

    /** Reloads the history of the patient on screen (after an exam was saved elsewhere, for one). */
    public void reload() {
        if (patient.get() != null) {
            show(patient.get());
        }
    }

    /**
     * Reloads the history without disturbing the reader: the exam they are looking at stays selected (a save on
     * another laptop must not jump the page to the newest entry).
     */
    public void refreshInPlace() {
        Patient shown = patient.get();
        if (shown == null) {
            return;
        }
        long thisLoad = ++generation;
        HistoryEntry before = selected.get();
        PatientId id = shown.id();
        runner.run(() -> loadHistory(id),
                recorded -> {
                    if (thisLoad != generation) {
                        return;
                    }
                    history.setAll(recorded);
                    selected.set(before == null ? (history.isEmpty() ? null : history.get(0))
                            : history.stream().filter(h -> h.recorded().exam().id().equals(before.recorded().exam().id()))
                                    .findFirst().orElse(history.isEmpty() ? null : history.get(0)));
                    loaded.set(true);
                },
                failure -> notice.set(Notice.of(failure)));
    }

    /** Every version, newest first, each with its own signatures (one read: what is shown is consistent). */
    private List<HistoryEntry> loadHistory(PatientId id) {
        return records.read(s -> {
            List<RecordedExam> recorded = s.exams().history(id);
            Map<ExamId, List<Signature>> signatures = s.signatures().forPatient(id);
            return recorded.stream().map(r -> HistoryEntry.of(r, formats, signatures.getOrDefault(r.exam().id(), List.of()), zone)).toList();
        });
    }

    private void showHistory(List<HistoryEntry> entries) {
        // The repository already returns newest first; the page relies on that order and never re-sorts it.
        history.setAll(entries);
        selected.set(history.isEmpty() ? null : history.get(0));
        loaded.set(true);
    }

    /**
     * Selects the current version of this exam in the history (a click on a trend point or a flag leads here).
     * False when it is not in the loaded history.
     */
    public boolean select(ExamId id) {
        Optional<HistoryEntry> entry = history.stream()
                .filter(h -> h.recorded().exam().id().equals(id)).findFirst();
        entry.ifPresent(selected::set);
        return entry.isPresent();
    }

    public ReadOnlyObjectProperty<Patient> patientProperty() { return patient.getReadOnlyProperty(); }
    public ObservableList<HistoryEntry> history() { return historyView; }
    public ObjectProperty<HistoryEntry> selectedProperty() { return selected; }
    public ObservableList<FindingGroup> selectedFindings() { return selectedFindingsView; }
    public ReadOnlyBooleanProperty loadedProperty() { return loaded.getReadOnlyProperty(); }
    public ObjectProperty<Notice> noticeProperty() { return notice; }
    public StringBinding nameText() { return nameText; }
    public StringBinding mrnText() { return mrnText; }
    public StringBinding bornText() { return bornText; }
    public StringBinding sexText() { return sexText; }
    public StringBinding locationText() { return locationText; }
    public StringBinding selectedTitle() { return selectedTitle; }
    public StringBinding selectedNote() { return selectedNote; }
    /** The selected version's signatures, "Not signed", or "" for an observation (attributed, not signed). */
    public StringBinding selectedSignature() { return selectedSignature; }
}
