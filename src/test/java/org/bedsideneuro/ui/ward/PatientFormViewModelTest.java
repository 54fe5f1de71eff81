package org.bedsideneuro.ui.ward;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.domain.patient.Sex;
import org.bedsideneuro.persistence.Database;
import org.bedsideneuro.ui.FxTestSupport;
import org.bedsideneuro.ui.SyntheticWard;
import org.bedsideneuro.ui.common.BackgroundRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PatientFormViewModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private Database db;
    private final BackgroundRunner runner = new BackgroundRunner();
    private Clinician nurse;
    private Patient ann;

    @BeforeAll
    static void toolkit() {
        FxTestSupport.startToolkit();
    }

    @BeforeEach
    void ward() {
        db = Database.open(dir.resolve("ward.db"), CLOCK);
        SyntheticWard ward = new SyntheticWard(db);
        nurse = ward.clinician("Nurse Example", Role.NURSE);
        ann = ward.patient("MRN-1001", "Amberley", "Ann", LocalDate.of(1950, 3, 2), "12", nurse);
    }

    @AfterEach
    void close() {
        runner.close();
        db.close();
    }

    @Test
    void aMissingFamilyNameIsShownNextToTheFieldAndNothingIsSaved() {
        PatientFormViewModel form = newForm("MRN-2001", "", "Dora", LocalDate.of(1970, 5, 5), Sex.FEMALE);
        AtomicReference<Patient> saved = save(form);

        assertThat(FxTestSupport.onFx(() -> form.familyNameErrorProperty().get())).isEqualTo("Family name: required");
        assertThat(FxTestSupport.onFx(() -> form.mrnErrorProperty().get())).isEmpty();
        assertThat(saved.get()).isNull();
        assertThat(stored(new PatientId("MRN-2001"))).isEmpty();
    }

    @Test
    void everyMissingFieldIsNamedAtOnceNotOneAtATime() {
        PatientFormViewModel form = newForm("", "", "", null, null);
        save(form);

        assertThat(FxTestSupport.onFx(() -> List.of(form.mrnErrorProperty().get(), form.familyNameErrorProperty().get(),
                form.birthDateErrorProperty().get(), form.sexErrorProperty().get())))
                .allSatisfy(error -> assertThat(error).isNotEmpty());
    }

    @Test
    void aBirthDateInTheFutureIsRefused() {
        PatientFormViewModel form = newForm("MRN-2002", "Evans", "Eli", LocalDate.of(2026, 3, 2), Sex.MALE);
        AtomicReference<Patient> saved = save(form);

        assertThat(FxTestSupport.onFx(() -> form.birthDateErrorProperty().get()))
                .isEqualTo("Birth date: 2026-03-02 is in the future");
        assertThat(saved.get()).isNull();
        assertThat(stored(new PatientId("MRN-2002"))).isEmpty();
    }

    @Test
    void correctingAFieldClearsItsMessageAtOnce() {
        PatientFormViewModel form = newForm("MRN-2003", "", "Fay", LocalDate.of(1980, 1, 1), Sex.FEMALE);
        save(form);
        FxTestSupport.onFx(() -> form.familyNameProperty().set("Fenwick"));

        assertThat(FxTestSupport.onFx(() -> form.familyNameErrorProperty().get())).isEmpty();
    }

    @Test
    void aTakenMrnIsShownNextToTheMrnWithWhoseItIs() {
        PatientFormViewModel form = newForm("MRN-1001", "Grey", "Gus", LocalDate.of(1955, 2, 2), Sex.MALE);
        AtomicReference<Patient> saved = save(form);

        assertThat(FxTestSupport.onFx(() -> form.mrnErrorProperty().get()))
                .isEqualTo("MRN MRN-1001 already belongs to Amberley, Ann");
        assertThat(saved.get()).isNull();
        assertThat(stored(ann.id())).contains(ann);
    }

    @Test
    void aValidNewPatientIsSavedWithTheMrnStrippedOfStraySpaces() {
        PatientFormViewModel form = newForm(" MRN-2004 ", "Hale", "Hana", LocalDate.of(1966, 6, 6), Sex.FEMALE);
        FxTestSupport.onFx(() -> form.bedProperty().set("7"));
        AtomicReference<Patient> saved = save(form);

        assertThat(saved.get()).isNotNull();
        assertThat(stored(new PatientId("MRN-2004"))).hasValueSatisfying(p -> {
            assertThat(p.displayName()).isEqualTo("Hale, Hana");
            assertThat(p.bed()).isEqualTo("7");
        });
    }

    @Test
    void editingKeepsTheMrnAndSavesTheNewBed() {
        PatientFormViewModel form = FxTestSupport.onFx(() ->
                PatientFormViewModel.forExistingPatient(ann, db, nurse, CLOCK, runner));
        assertThat(form.isMrnEditable()).isFalse();
        FxTestSupport.onFx(() -> form.bedProperty().set("21"));
        AtomicReference<Patient> saved = save(form);

        assertThat(saved.get()).isNotNull();
        assertThat(stored(ann.id())).hasValueSatisfying(p -> assertThat(p.bed()).isEqualTo("21"));
    }

    private PatientFormViewModel newForm(String mrn, String family, String given, LocalDate born, Sex sex) {
        return FxTestSupport.onFx(() -> {
            PatientFormViewModel form = PatientFormViewModel.forNewPatient(db, nurse, CLOCK, runner);
            form.mrnProperty().set(mrn);
            form.familyNameProperty().set(family);
            form.givenNameProperty().set(given);
            form.birthDateProperty().set(born);
            form.sexProperty().set(sex);
            form.wardProperty().set("Neuro 3");
            return form;
        });
    }

    private AtomicReference<Patient> save(PatientFormViewModel form) {
        AtomicReference<Patient> saved = new AtomicReference<>();
        FxTestSupport.onFx(() -> form.save(saved::set));
        FxTestSupport.awaitQuiet(runner);
        return saved;
    }

    private Optional<Patient> stored(PatientId id) {
        return db.read(s -> s.patients().find(id));
    }
}
