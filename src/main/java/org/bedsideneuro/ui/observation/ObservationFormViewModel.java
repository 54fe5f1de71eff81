package org.bedsideneuro.ui.observation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.util.Duration;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.exam.ExamId;
import org.bedsideneuro.domain.exam.ExamKind;
import org.bedsideneuro.domain.exam.JerkRate;
import org.bedsideneuro.domain.exam.QuickObservation;
import org.bedsideneuro.domain.finding.Finding;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.MyoclonusDistribution;
import org.bedsideneuro.domain.finding.NumericValue;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.service.WardRecords;
import org.bedsideneuro.ui.common.BackgroundRunner;
import org.bedsideneuro.ui.common.PainFields;

/**
 * The quick observation form: validation with a message per field, the jerk rate shown live, save (or
 * amend) in one transaction that also deletes the draft, and "no myoclonus seen" in one action. FX thread only.
 */
public final class ObservationFormViewModel {
    /** Typing pauses this long before the draft is written: a keystroke costs nothing, a crash loses under a second. */
    static final Duration DRAFT_DELAY = Duration.millis(700);
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final Patient patient;
    private final Exam amending;
    private final WardRecords records;
    private final Clinician clinician;
    private final Clock clock;
    private final BackgroundRunner runner;
    private final ObservationFields fields = new ObservationFields();
    private final DraftKeeper drafts;

    private final ReadOnlyStringWrapper countError = new ReadOnlyStringWrapper(this, "countError", "");
    private final ReadOnlyStringWrapper windowError = new ReadOnlyStringWrapper(this, "windowError", "");
    private final ReadOnlyStringWrapper timeError = new ReadOnlyStringWrapper(this, "timeError", "");
    private final ReadOnlyStringWrapper distributionError = new ReadOnlyStringWrapper(this, "distributionError", "");
    private final ReadOnlyStringWrapper reasonError = new ReadOnlyStringWrapper(this, "reasonError", "");
    private final ReadOnlyStringWrapper formError = new ReadOnlyStringWrapper(this, "formError", "");
    private final ReadOnlyStringWrapper draftNotice = new ReadOnlyStringWrapper(this, "draftNotice", "");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");
    private final ReadOnlyBooleanWrapper keptUnsaved = new ReadOnlyBooleanWrapper(this, "keptUnsaved");
    private final StringBinding rateText;

    ObservationFormViewModel(Patient patient, Exam amending, WardRecords records, Clinician clinician, Clock clock, BackgroundRunner runner,
                             Duration draftDelay) {
        this.patient = Objects.requireNonNull(patient, "patient");
        this.amending = amending;
        this.records = Objects.requireNonNull(records, "records");
        this.clinician = Objects.requireNonNull(clinician, "clinician");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.drafts = new DraftKeeper(records.drafts(), runner, clock, clinician, patient.id(), amending == null ? null : amending.id(), draftDelay);
        // Time defaults to now (to the minute, so it is never a few seconds "in the future" of itself).
        LocalDateTime at = amending == null ? LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES)
                : amending.recordedAt().atZoneSameInstant(clock.getZone()).toLocalDateTime();
        fields.date.set(at.toLocalDate());
        fields.time.set(HH_MM.format(at));
        fields.window.set(Integer.toString(QuickObservation.DEFAULT_WINDOW_MINUTES));
        if (amending != null) {
            fields.fromExam(amending);
        }
        rateText = Bindings.createStringBinding(this::describeRate, fields.count, fields.window);
        fields.all().forEach(o -> o.addListener(x -> drafts.changed(fields.toDraft(), fields.hasContent())));
    }

    /** A new observation of this patient, by the recording clinician. */
    public static ObservationFormViewModel forNew(Patient patient, WardRecords records, Clinician clinician, Clock clock, BackgroundRunner runner) {
        return new ObservationFormViewModel(patient, null, records, clinician, clock, runner, DRAFT_DELAY);
    }

    /** A copy of a recorded observation to amend; the recorded one is kept as it was. */
    public static ObservationFormViewModel forAmendment(Patient patient, Exam current, WardRecords records, Clinician clinician, Clock clock,
                                                       BackgroundRunner runner) {
        return new ObservationFormViewModel(patient, Objects.requireNonNull(current, "exam"), records, clinician, clock, runner, DRAFT_DELAY);
    }

    /** Offers back this clinician's unsaved draft of the same observation, unless typing has already begun. */
    public void offerEarlierDraft() {
        drafts.findEarlier(draft -> {
            if (fields.hasContent() || draft.isEmpty()) {
                return;
            }
            drafts.adopt(draft);
            fields.fromDraft(draft.fields());
            draftNotice.set("Your unsaved observation from " + HH_MM.format(draft.savedAt().atZone(clock.getZone())) + " was restored.");
        });
    }

    /** Starts afresh: the restored draft is deleted and the form emptied. */
    public void discardDraft() {
        drafts.discard();
        ObservationFields blank = new ObservationFields();
        blank.date.set(fields.date.get());
        blank.time.set(fields.time.get());
        blank.window.set(Integer.toString(QuickObservation.DEFAULT_WINDOW_MINUTES));
        fields.fromDraft(blank.toDraft());
        drafts.stop(); // the reset above is not something to keep
        draftNotice.set("");
    }

    /** The form is closing without saving: keep what was typed now, not after the debounce. */
    public void keepDraft() {
        drafts.flush();
    }

    private String describeRate() {
        try {
            BigDecimal count = parseCount(fields.count.get());
            BigDecimal window = parseWindow(fields.window.get());
            return count == null ? "" : JerkRate.perHour(count, window).toPlainString() + " jerks/h";
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    /** Checks every field and returns the findings and time when all are valid; each problem is set next to its field. */
    Optional<Valid> validate(boolean noMyoclonus) {
        formError.set("");
        BigDecimal count = noMyoclonus ? BigDecimal.ZERO : check(countError, () -> parseCount(fields.count.get()));
        boolean countOk = countError.get().isEmpty() || noMyoclonus;
        if (noMyoclonus) {
            countError.set("");
        }
        BigDecimal window = check(windowError, () -> parseWindow(fields.window.get()));
        if (fields.count.get().isBlank() && !noMyoclonus) {
            windowError.set(""); // no count, no window saved: its text does not matter
        }
        OffsetDateTime at = check(timeError, this::parseTime);
        distributionError.set(count != null && count.signum() > 0 && fields.item(FindingCode.DISTRIBUTION).get() == MyoclonusDistribution.NONE
                ? "Distribution: 'none' does not fit " + count.toPlainString() + " jerks counted" : "");
        reasonError.set(amending != null && fields.reason.get().isBlank() ? "Reason for the amendment: required" : "");
        Optional<List<Finding>> pain = fields.pain.findings();
        if (pain.isEmpty()) {
            return Optional.empty();
        }
        if (!countOk || at == null || (count != null && window == null) || !distributionError.get().isEmpty() || !reasonError.get().isEmpty()) {
            return Optional.empty();
        }
        List<Finding> findings;
        if (noMyoclonus) {
            findings = new ArrayList<>(QuickObservation.noMyoclonusSeen(window.intValueExact(), fields.otherFindings()));
        } else {
            findings = new ArrayList<>();
            if (count != null) {
                findings.add(Finding.unsided(FindingCode.JERK_COUNT, new NumericValue(count)));
                findings.add(Finding.unsided(FindingCode.WINDOW_MINUTES, new NumericValue(window)));
            }
            findings.addAll(fields.otherFindings());
        }
        findings.addAll(pain.get());
        if (findings.isEmpty()) {
            formError.set("Nothing to save yet: enter the jerk count (0 if none seen), the pain scores or another item.");
            return Optional.empty();
        }
        return Optional.of(new Valid(findings, at));
    }

    record Valid(List<Finding> findings, OffsetDateTime at) {
    }

    /** Saves when valid, then calls {@code onSaved} on the FX thread with the saved version. */
    public void save(Consumer<Exam> onSaved) {
        submit(false, onSaved);
    }

    /** Count 0, distribution none over the window (5 minutes unless changed), with the OIN items chosen: one action. */
    public void saveNoMyoclonusSeen(Consumer<Exam> onSaved) {
        submit(true, onSaved);
    }

    private void submit(boolean noMyoclonus, Consumer<Exam> onSaved) {
        if (saving.get()) {
            return; // a double Enter must not record the observation twice
        }
        Optional<Valid> valid = validate(noMyoclonus);
        if (valid.isEmpty()) {
            return;
        }
        Exam exam = amending == null
                ? Exam.record(patient.id(), ExamKind.OBSERVATION, valid.get().at(), clinician, valid.get().findings(), fields.note.get())
                : amending.amend(valid.get().findings(), fields.note.get(), clinician, clock.instant(), fields.reason.get());
        drafts.stop();
        UUID draftId = drafts.draftId();
        // The draft's id is the observation's, from the first attempt on: a save repeated after a lost answer is
        // recognised as already saved, never stored twice.
        Exam toSave = exam.withId(new ExamId(draftId));
        saving.set(true);
        runner.run(() -> {
                    // Saved: the working copy has done its job, here and in the database.
                    return records.exams().save(toSave, toSave.amendment() != null, clinician, Optional.of(draftId));
                },
                saved -> {
                    saving.set(false);
                    keptUnsaved.set(false);
                    onSaved.accept(saved);
                },
                failure -> {
                    saving.set(false);
                    boolean unreachable = failure.unreachable();
                    keptUnsaved.set(unreachable);
                    // Nothing typed is lost: kept as a draft now (on this laptop's disk if the server is what failed).
                    drafts.changed(fields.toDraft(), true);
                    drafts.flush();
                    formError.set(unreachable
                            ? "Not saved: the ward server cannot be reached. Your observation is kept on this laptop; press Save"
                                    + " again when the server is back. It will be saved once, never twice."
                            : failure.message());
                });
    }

    /** True while the form holds an observation whose save could not reach the ward server. */
    public ReadOnlyBooleanProperty keptUnsavedProperty() {
        return keptUnsaved.getReadOnlyProperty();
    }

    private static <T> T check(ReadOnlyStringWrapper error, Supplier<T> parse) {
        try {
            T value = parse.get();
            error.set("");
            return value;
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
            return null;
        }
    }

    /** A whole number of jerks, 0 or more; blank means not counted. */
    static BigDecimal parseCount(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return ((NumericValue) FindingCode.JERK_COUNT.parseValue(text.strip())).value();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Jerk count: a whole number, 0 or more (up to 10000)");
        }
    }

    /** Whole minutes, 1 to 60 (shared/clinical-reference.md section 5). */
    static BigDecimal parseWindow(String text) {
        try {
            return ((NumericValue) FindingCode.WINDOW_MINUTES.parseValue(text == null ? "" : text.strip())).value();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Window: whole minutes, 1 to 60");
        }
    }

    private OffsetDateTime parseTime() {
        if (fields.date.get() == null) {
            throw new IllegalArgumentException("Date: required");
        }
        String text = fields.time.get() == null ? "" : fields.time.get().strip();
        LocalTime time;
        try {
            time = LocalTime.parse(text.matches("\\d{3,4}") ? text.substring(0, text.length() - 2) + ":" + text.substring(text.length() - 2)
                    : text.matches("\\d:\\d\\d") ? "0" + text : text, HH_MM);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Time: hours and minutes, e.g. 14:05");
        }
        OffsetDateTime at = fields.date.get().atTime(time).atZone(clock.getZone()).toOffsetDateTime();
        if (amending == null && at.toInstant().isAfter(clock.instant())) {
            throw new IllegalArgumentException("Time: " + HH_MM.format(time) + " on " + fields.date.get()
                    + " is in the future; an observation is recorded for now or earlier");
        }
        return at;
    }

    ObservationFields fields() { return fields; }
    public boolean isAmendment() { return amending != null; }
    public Patient patient() { return patient; }
    public String title() {
        return (amending == null ? "Log observation: " : "Amend observation: ") + patient.displayName() + (patient.bed().isEmpty() ? "" : ", bed " + patient.bed());
    }

    public StringBinding rateText() { return rateText; }
    /** The PEG and pain NRS boxes, with the PEG score shown live. */
    public PainFields pain() { return fields.pain; }
    public ReadOnlyStringProperty countErrorProperty() { return countError.getReadOnlyProperty(); }
    public ReadOnlyStringProperty windowErrorProperty() { return windowError.getReadOnlyProperty(); }
    public ReadOnlyStringProperty timeErrorProperty() { return timeError.getReadOnlyProperty(); }
    public ReadOnlyStringProperty distributionErrorProperty() { return distributionError.getReadOnlyProperty(); }
    public ReadOnlyStringProperty reasonErrorProperty() { return reasonError.getReadOnlyProperty(); }
    public ReadOnlyStringProperty formErrorProperty() { return formError.getReadOnlyProperty(); }
    public ReadOnlyStringProperty draftNoticeProperty() { return draftNotice.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty savingProperty() { return saving.getReadOnlyProperty(); }
}
