package org.bedsideneuro.ui.ward;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.domain.patient.Sex;
import org.bedsideneuro.service.WardRecords;
import org.bedsideneuro.ui.FxTestSupport;
import org.bedsideneuro.ui.NurseAndAnnTest;
import org.junit.jupiter.api.Test;

class PatientFormViewModelTest extends NurseAndAnnTest {
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
                PatientFormViewModel.forExistingPatient(ann, WardRecords.of(db), nurse, CLOCK, runner));
        assertThat(form.isMrnEditable()).isFalse();
        FxTestSupport.onFx(() -> form.bedProperty().set("21"));
        AtomicReference<Patient> saved = save(form);

        assertThat(saved.get()).isNotNull();
        assertThat(stored(ann.id())).hasValueSatisfying(p -> assertThat(p.bed()).isEqualTo("21"));
    }

    private PatientFormViewModel newForm(String mrn, String family, String given, LocalDate born, Sex sex) {
        return FxTestSupport.onFx(() -> {
            PatientFormViewModel form = PatientFormViewModel.forNewPatient(WardRecords.of(db), nurse, CLOCK, runner);
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
