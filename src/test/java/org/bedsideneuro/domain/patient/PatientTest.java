package org.bedsideneuro.domain.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PatientTest {
    private static Patient erin() {
        return new Patient(new PatientId("SYN-0042"), "Example", "Erin", LocalDate.of(1950, 5, 1), Sex.FEMALE, "Neuro 4B", "12");
    }

    @Test
    void searchMatchesNameMrnAndBedIgnoringCase() {
        assertThat(erin().matches("exam")).isTrue();
        assertThat(erin().matches("ERIN example")).isTrue();
        assertThat(erin().matches("syn-0042")).isTrue();
        assertThat(erin().matches("12")).isTrue();
        assertThat(erin().matches("Example, Erin")).isTrue();
        assertThat(erin().matches("zed")).isFalse();
        assertThat(erin().matches("")).isTrue();
    }

    @Test
    void mrnRulesComeFromTheExchangeFormat() {
        assertThatThrownBy(() -> new PatientId("")).hasMessageContaining("MRN");
        assertThatThrownBy(() -> new PatientId("X".repeat(33))).hasMessageContaining("32");
        assertThatThrownBy(() -> new PatientId(" SYN")).hasMessageContaining("space");
        assertThat(new PatientId("X".repeat(32)).value()).hasSize(32);
    }

    @Test
    void aFamilyNameIsRequiredAndABirthDateCannotBeInTheFuture() {
        assertThatThrownBy(() -> new Patient(new PatientId("S1"), " ", "Erin", LocalDate.of(1950, 5, 1), Sex.FEMALE, "", ""))
                .hasMessage("Family name: required");
        assertThatThrownBy(() -> erin().requireBornBy(LocalDate.of(1949, 1, 1))).hasMessageContaining("in the future");
    }

    @Test
    void samePersonIgnoresWardAndBed() {
        Patient moved = new Patient(erin().id(), "Example", "Erin", LocalDate.of(1950, 5, 1), Sex.FEMALE, "ICU", "2");
        Patient other = new Patient(erin().id(), "Other", "Erin", LocalDate.of(1950, 5, 1), Sex.FEMALE, "Neuro 4B", "12");
        assertThat(erin().samePerson(moved)).isTrue();
        assertThat(erin().samePerson(other)).isFalse();
    }

    @Test
    void bedsSortAsPeopleReadThem() {
        List<String> beds = new ArrayList<>(List.of("10", "2", "3A", "1", "3", "B2", "b10"));
        beds.sort(NaturalOrder.INSTANCE);
        assertThat(beds).containsExactly("1", "2", "3", "3A", "10", "B2", "b10");
    }
}
