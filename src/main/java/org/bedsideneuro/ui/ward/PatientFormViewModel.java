package org.bedsideneuro.ui.ward;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.domain.patient.Sex;
import org.bedsideneuro.service.WardRecords;
import org.bedsideneuro.ui.common.BackgroundRunner;
import org.bedsideneuro.ui.common.Failure;

/**
 * The add/edit patient form. Each field has its own error text, shown next to it; nothing is saved while any is
 * set. The rules themselves stay in the domain ({@link Patient}, {@link PatientId}): this class only decides which
 * field a refusal belongs to.
 */
public final class PatientFormViewModel {
    /** A valid stand-in for the fields not being checked, so each field's own message can be found (see probe()). */
    private static final Patient VALID_PROBE = new Patient(new PatientId("probe"), "Probe", "", Patient.EARLIEST_BIRTH,
            Sex.UNKNOWN, "", "");

    private final WardRecords records;
    private final Clinician clinician;
    private final Clock clock;
    private final BackgroundRunner runner;
    private final boolean adding;

    private final StringProperty mrn = new SimpleStringProperty(this, "mrn", "");
    private final StringProperty familyName = new SimpleStringProperty(this, "familyName", "");
    private final StringProperty givenName = new SimpleStringProperty(this, "givenName", "");
    private final ObjectProperty<LocalDate> birthDate = new SimpleObjectProperty<>(this, "birthDate");
    private final ObjectProperty<Sex> sex = new SimpleObjectProperty<>(this, "sex");
    private final StringProperty ward = new SimpleStringProperty(this, "ward", "");
    private final StringProperty bed = new SimpleStringProperty(this, "bed", "");

    private final ReadOnlyStringWrapper mrnError = new ReadOnlyStringWrapper(this, "mrnError", "");
    private final ReadOnlyStringWrapper familyNameError = new ReadOnlyStringWrapper(this, "familyNameError", "");
    private final ReadOnlyStringWrapper givenNameError = new ReadOnlyStringWrapper(this, "givenNameError", "");
    private final ReadOnlyStringWrapper birthDateError = new ReadOnlyStringWrapper(this, "birthDateError", "");
    private final ReadOnlyStringWrapper sexError = new ReadOnlyStringWrapper(this, "sexError", "");
    private final ReadOnlyStringWrapper wardError = new ReadOnlyStringWrapper(this, "wardError", "");
    private final ReadOnlyStringWrapper bedError = new ReadOnlyStringWrapper(this, "bedError", "");
    private final ReadOnlyStringWrapper formError = new ReadOnlyStringWrapper(this, "formError", "");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");

    /** Errors appear once the clinician first tries to save, then follow every keystroke; not before. */
    private boolean saveAttempted;

    private PatientFormViewModel(boolean adding, WardRecords records, Clinician clinician, Clock clock, BackgroundRunner runner) {
        this.adding = adding;
        this.records = Objects.requireNonNull(records, "records");
        this.clinician = Objects.requireNonNull(clinician, "clinician");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.runner = Objects.requireNonNull(runner, "runner");
        for (Observable field : new Observable[] {mrn, familyName, givenName, birthDate, sex, ward, bed}) {
            field.addListener(o -> {
                if (saveAttempted) {
                    validate();
                }
            });
        }
    }

    public static PatientFormViewModel forNewPatient(WardRecords records, Clinician clinician, Clock clock, BackgroundRunner runner) {
        return new PatientFormViewModel(true, records, clinician, clock, runner);
    }

    public static PatientFormViewModel forExistingPatient(Patient patient, WardRecords records, Clinician clinician, Clock clock,
                                                          BackgroundRunner runner) {
        PatientFormViewModel form = new PatientFormViewModel(false, records, clinician, clock, runner);
        form.mrn.set(patient.id().value());
        form.familyName.set(patient.familyName());
        form.givenName.set(patient.givenName());
        form.birthDate.set(patient.birthDate());
        form.sex.set(patient.sex());
        form.ward.set(patient.ward());
        form.bed.set(patient.bed());
        return form;
    }

    /** Checks every field, sets each error text (empty when fine) and returns the patient when all are valid. */
    public Optional<Patient> validate() {
        saveAttempted = true;
        formError.set("");
        PatientId id = checkMrn();
        checkText(familyNameError, p -> new Patient(p.id(), familyName.get(), p.givenName(), p.birthDate(), p.sex(), p.ward(), p.bed()));
        checkText(givenNameError, p -> new Patient(p.id(), p.familyName(), givenName.get(), p.birthDate(), p.sex(), p.ward(), p.bed()));
        checkText(wardError, p -> new Patient(p.id(), p.familyName(), p.givenName(), p.birthDate(), p.sex(), ward.get(), p.bed()));
        checkText(bedError, p -> new Patient(p.id(), p.familyName(), p.givenName(), p.birthDate(), p.sex(), p.ward(), bed.get()));
        checkBirthDate();
        sexError.set(sex.get() == null ? "Sex: required (choose Unknown if not known)" : "");
        if (hasErrors() || id == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Patient(id, familyName.get(), givenName.get(), birthDate.get(), sex.get(), ward.get(), bed.get())
                    .requireBornBy(LocalDate.now(clock)));
        } catch (IllegalArgumentException e) {
            // Every field passed alone; a rule across fields would land here.
            formError.set(e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Saves when valid and then calls {@code onSaved} on the FX thread; otherwise only shows the errors. A refusal
     * from the database (a taken MRN) goes next to the field it is about.
     */
    public void save(Consumer<Patient> onSaved) {
        if (saving.get()) {
            return; // a double tap on Save must not send two writes
        }
        Optional<Patient> valid = validate();
        if (valid.isEmpty()) {
            return;
        }
        Patient patient = valid.get();
        saving.set(true);
        runner.run(() -> adding ? records.patients().add(patient, clinician) : records.patients().update(patient, clinician),
                saved -> {
                    saving.set(false);
                    onSaved.accept(saved);
                },
                failure -> {
                    saving.set(false);
                    showRefusal(failure);
                });
    }

    private void showRefusal(Failure failure) {
        String message = failure.message();
        if (adding && failure.conflict() && message.startsWith("MRN")) {
            mrnError.set(message);
        } else if (failure.cause() instanceof IllegalArgumentException && message.startsWith("Birth date")) {
            birthDateError.set(message);
        } else {
            formError.set(message);
        }
    }

    private PatientId checkMrn() {
        try {
            // A stray space from a barcode scanner or a paste is not a different MRN.
            PatientId id = new PatientId(mrn.get() == null ? "" : mrn.get().strip());
            mrnError.set("");
            return id;
        } catch (IllegalArgumentException e) {
            mrnError.set(e.getMessage());
            return null;
        }
    }

    /**
     * Checks one text field by building a patient that is valid except for that field: the domain's constructor
     * stops at its first complaint, and this way every field gets its own message at once.
     */
    private static void checkText(ReadOnlyStringWrapper error, UnaryOperator<Patient> withField) {
        try {
            withField.apply(VALID_PROBE);
            error.set("");
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
        }
    }

    private void checkBirthDate() {
        LocalDate born = birthDate.get();
        try {
            new Patient(VALID_PROBE.id(), VALID_PROBE.familyName(), "", born, Sex.UNKNOWN, "", "").requireBornBy(LocalDate.now(clock));
            birthDateError.set("");
        } catch (IllegalArgumentException e) {
            birthDateError.set(e.getMessage());
        }
    }

    private boolean hasErrors() {
        for (ReadOnlyStringWrapper error : new ReadOnlyStringWrapper[] {mrnError, familyNameError, givenNameError, birthDateError,
                sexError, wardError, bedError}) {
            if (!error.get().isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** "Add patient" or "Edit patient". */
    public String title() {
        return adding ? "Add patient" : "Edit patient";
    }

    /** The MRN identifies the patient's records; it is fixed once they exist. */
    public boolean isMrnEditable() { return adding; }
    public boolean isAdding() { return adding; }

    public StringProperty mrnProperty() { return mrn; }
    public StringProperty familyNameProperty() { return familyName; }
    public StringProperty givenNameProperty() { return givenName; }
    public ObjectProperty<LocalDate> birthDateProperty() { return birthDate; }
    public ObjectProperty<Sex> sexProperty() { return sex; }
    public StringProperty wardProperty() { return ward; }
    public StringProperty bedProperty() { return bed; }

    public ReadOnlyStringProperty mrnErrorProperty() { return mrnError.getReadOnlyProperty(); }
    public ReadOnlyStringProperty familyNameErrorProperty() { return familyNameError.getReadOnlyProperty(); }
    public ReadOnlyStringProperty givenNameErrorProperty() { return givenNameError.getReadOnlyProperty(); }
    public ReadOnlyStringProperty birthDateErrorProperty() { return birthDateError.getReadOnlyProperty(); }
    public ReadOnlyStringProperty sexErrorProperty() { return sexError.getReadOnlyProperty(); }
    public ReadOnlyStringProperty wardErrorProperty() { return wardError.getReadOnlyProperty(); }
    public ReadOnlyStringProperty bedErrorProperty() { return bedError.getReadOnlyProperty(); }
    /** A problem not tied to one field (the database could not be written, for one). */
    public ReadOnlyStringProperty formErrorProperty() { return formError.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty savingProperty() { return saving.getReadOnlyProperty(); }
}
