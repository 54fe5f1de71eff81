package org.bedsideneuro.ui.ncs;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.exam.ExamKind;
import org.bedsideneuro.domain.finding.Finding;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.FindingValue;
import org.bedsideneuro.domain.finding.Nerve;
import org.bedsideneuro.domain.finding.NumericValue;
import org.bedsideneuro.domain.finding.Side;
import org.bedsideneuro.domain.ncs.NcsReading;
import org.bedsideneuro.domain.ncs.NerveStudy;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.service.WardRecords;
import org.bedsideneuro.ui.common.BackgroundRunner;

/**
 * The study form (shared/clinical-reference.md section 9), typed from the laboratory's report: date and time,
 * laboratory (the study's note), examiner (who recorded it: the clinician at the keyboard unless another name is
 * typed); per nerve and side the amplitude (a number or "absent") and the conduction velocity, each with its lower
 * limit. Each value is judged as it is typed against the lower limit typed beside it, never one from another study; a
 * value without its lower limit is saved and shown as "lower limit not recorded". Nothing is saved while any field is
 * wrong.
 */
public final class StudyFormViewModel {
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Patient patient;
    private final WardRecords records;
    private final Clinician clinician;
    private final Clock clock;
    private final BackgroundRunner runner;
    private final StringProperty date = new SimpleStringProperty(this, "date");
    private final StringProperty time = new SimpleStringProperty(this, "time");
    private final StringProperty laboratory = new SimpleStringProperty(this, "laboratory", "");
    private final StringProperty examiner = new SimpleStringProperty(this, "examiner");
    private final ReadOnlyStringWrapper formError = new ReadOnlyStringWrapper(this, "formError", "");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");
    private final Map<String, StudyField> fields = new LinkedHashMap<>();
    private final StringProperty reason = new SimpleStringProperty(this, "reason", "");
    private List<Exam> earlier = List.of();
    /** The current version being amended, or null for a new study. */
    private Exam amending;

    public StudyFormViewModel(Patient patient, WardRecords records, Clinician clinician, Clock clock, BackgroundRunner runner) {
        this.patient = Objects.requireNonNull(patient, "patient");
        this.records = Objects.requireNonNull(records, "records");
        this.clinician = Objects.requireNonNull(clinician, "clinician");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.runner = Objects.requireNonNull(runner, "runner");
        ZonedDateTime now = ZonedDateTime.now(clock);
        date.set(now.toLocalDate().toString());
        time.set(TIME.format(now));
        examiner.set(clinician.displayName());
        for (Nerve nerve : Nerve.values()) {
            for (Side side : Side.values()) {
                for (FindingCode code : List.of(nerve.amplitude(), nerve.amplitudeLowerLimit(), nerve.velocity(), nerve.velocityLowerLimit())) {
                    StudyField field = new StudyField(code, side);
                    fields.put(id(code, side), field);
                    field.textProperty().addListener((obs, old, text) -> judge(nerve, side));
                }
            }
        }
    }

    /**
     * The form filled with {@code current}'s values, to amend it: its time and examiner stay (an amendment is a new
     * version of the same study, Exam.amend); saving needs a reason and keeps the original in the history.
     */
    public static StudyFormViewModel forAmendment(Patient patient, Exam current, WardRecords records, Clinician clinician, Clock clock,
                                                  BackgroundRunner runner) {
        if (!current.isNerveConductionStudy()) {
            throw new IllegalArgumentException("Only a record of nerve conduction values is amended in the study form");
        }
        StudyFormViewModel form = new StudyFormViewModel(patient, records, clinician, clock, runner);
        form.amending = current;
        OffsetDateTime at = current.recordedAt().atZoneSameInstant(clock.getZone()).toOffsetDateTime();
        form.date.set(at.toLocalDate().toString());
        form.time.set(TIME.format(at));
        form.laboratory.set(current.note());
        form.examiner.set(current.recordedBy().displayName());
        for (Finding f : current.findings()) {
            StudyField field = form.fields.get(id(f.code(), f.side()));
            if (field != null) {
                field.textProperty().set(f.value().code());
            }
        }
        return form;
    }

    public boolean isAmendment() { return amending != null; }
    public StringProperty reasonProperty() { return reason; }

    private static String id(FindingCode code, Side side) {
        return code.code() + "." + side.code();
    }

    public Patient patient() { return patient; }
    public String title() {
        return (amending == null ? "Nerve conduction study for " : "Amending the nerve conduction study of "
                + amending.recordedAt().toLocalDate() + " for ") + patient.displayName();
    }
    public StringProperty dateProperty() { return date; }
    public StringProperty timeProperty() { return time; }
    public StringProperty laboratoryProperty() { return laboratory; }
    public StringProperty examinerProperty() { return examiner; }
    public ReadOnlyStringProperty formErrorProperty() { return formError.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty savingProperty() { return saving.getReadOnlyProperty(); }

    /** The field of {@code code} (an amplitude, velocity or lower-limit code) on {@code side}. */
    public StudyField field(FindingCode code, Side side) {
        return Objects.requireNonNull(fields.get(id(code, side)), () -> code.code() + " is not a field of the study form");
    }

    /** Reads the patient's earlier studies in the background, to show each field's previous value. */
    public void load() {
        runner.run(() -> records.read(s -> s.exams().current(patient.id())), this::showEarlier, failure -> formError.set(failure.message()));
    }

    /** Shows the previous study's value beside each field (FX thread). */
    void showEarlier(List<Exam> exams) {
        earlier = exams.stream().filter(NerveStudy::recordsNcs).toList();
        for (Nerve nerve : Nerve.values()) {
            for (Side side : Side.values()) {
                for (FindingCode measure : nerve.measures()) {
                    Optional<Exam> last = earlier.stream().filter(e -> e.value(measure, side).isPresent())
                            .max(Comparator.comparing((Exam e) -> e.recordedAt().toInstant()));
                    field(measure, side).showPrevious(last.flatMap(e -> NcsReading.of(e, measure, side))
                            .map(r -> "previous " + last.get().recordedAt().toLocalDate() + ": " + r.shortText()).orElse(""));
                }
            }
        }
    }

    /** Judges a nerve and side's values as typed: each against the lower limit typed beside it. */
    private void judge(Nerve nerve, Side side) {
        judge(field(nerve.amplitude(), side), field(nerve.amplitudeLowerLimit(), side));
        judge(field(nerve.velocity(), side), field(nerve.velocityLowerLimit(), side));
    }

    private static void judge(StudyField value, StudyField limit) {
        FindingValue v = null;
        FindingValue l = null;
        String limitProblem = "";
        try {
            l = limit.parse();
        } catch (IllegalArgumentException e) {
            limitProblem = e.getMessage();
        }
        limit.show(limitProblem, false, !limitProblem.isEmpty());
        try {
            v = value.parse();
        } catch (IllegalArgumentException e) {
            value.show(e.getMessage(), false, true);
            return;
        }
        if (v == null) {
            value.show("", false, false);
            return;
        }
        if (l == null) {
            value.show(limitProblem.isEmpty() ? NcsReading.NO_LOWER_LIMIT_TEXT : "", false, false);
            return;
        }
        NcsReading reading = new NcsReading(value.key(), v, (NumericValue) l);
        boolean below = reading.standing() == NcsReading.Standing.BELOW;
        value.show(below ? NcsReading.BELOW_MARK + " below its lower limit" : "", below, false);
    }

    /** The study as typed, or empty with the form's message set. */
    Optional<Exam> validate() {
        formError.set("");
        List<String> problems = new ArrayList<>();
        OffsetDateTime at = null;
        try {
            LocalDate day = LocalDate.parse(date.get() == null ? "" : date.get().strip());
            LocalTime clockTime = LocalTime.parse(time.get() == null ? "" : time.get().strip(), TIME);
            at = day.atTime(clockTime).atZone(clock.getZone()).toOffsetDateTime();
            if (at.toInstant().isAfter(clock.instant())) {
                problems.add("Date and time of the study: " + day + " " + TIME.format(clockTime) + " is in the future");
            }
        } catch (DateTimeParseException e) {
            problems.add("Date and time of the study: type the date as YYYY-MM-DD and the time as HH:MM");
        }
        if (examiner.get() == null || examiner.get().isBlank()) {
            problems.add("Examiner: required (who did the study)");
        }
        List<Finding> findings = new ArrayList<>();
        for (StudyField f : fields.values()) {
            try {
                FindingValue v = f.parse();
                if (v != null) {
                    findings.add(new Finding(f.key().code(), f.key().side(), v));
                }
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
        }
        if (amending != null && reason.get().isBlank()) {
            problems.add("Reason for the amendment: required (the original stays in the history)");
        }
        if (problems.isEmpty() && findings.stream().noneMatch(f -> !Nerve.isLowerLimit(f.code()))) {
            problems.add("Nothing to save yet: type at least one amplitude or velocity.");
        }
        if (!problems.isEmpty()) {
            formError.set(String.join("\n", problems));
            return Optional.empty();
        }
        if (amending != null) {
            return Optional.of(amending.amend(findings, laboratory.get(), clinician, clock.instant(), reason.get()));
        }
        Clinician by = examiner.get().strip().equals(clinician.displayName()) ? clinician
                : Clinician.create(examiner.get(), Role.NEUROLOGIST); // found by name on saving, created when new
        return Optional.of(Exam.record(patient.id(), ExamKind.EXAM, at, by, findings, laboratory.get()));
    }

    /** Saves when valid (one transaction: the study whole or nothing), then calls {@code onSaved} on the FX thread. */
    public void save(Consumer<Exam> onSaved) {
        if (saving.get()) {
            return; // a double Enter must not record the study twice
        }
        Optional<Exam> valid = validate();
        if (valid.isEmpty()) {
            return;
        }
        Exam typed = valid.get();
        saving.set(true);
        runner.run(() -> records.exams().saveStudy(typed, clinician),
                saved -> {
                    saving.set(false);
                    onSaved.accept(saved);
                },
                failure -> {
                    saving.set(false);
                    formError.set("Not saved: " + failure.message());
                });
    }

    /** Earlier studies read for the previous values (oldest or newest first, as read). */
    List<Exam> earlierStudies() {
        return earlier;
    }
}
