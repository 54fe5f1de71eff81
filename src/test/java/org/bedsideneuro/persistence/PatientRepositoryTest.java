package org.bedsideneuro.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.domain.patient.Sex;
import org.bedsideneuro.testdb.Backend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class PatientRepositoryTest {
    @Parameter
    Backend backend;

    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);

    private static Patient patient(String mrn, String bed) {
        return new Patient(new PatientId(mrn), "Żółć", "Łukasz", LocalDate.of(1961, 2, 3), Sex.MALE, "Neuro 4B", bed);
    }

    @Test
    void addsFindsAndMovesAPatientKeepingTheOldBedInTheAuditTrail() {
        try (Database db = backend.open(dir, "ward", clock)) {
            Clinician nurse = db.write(s -> s.clinicians().findOrCreate("Nurse Ben Sample", Role.NURSE));
            db.write(s -> { s.patients().add(patient("SYN-7", "3"), nurse); return null; });
            db.write(s -> { s.patients().update(patient("SYN-7", "9"), nurse); return null; });

            assertThat(db.<Optional<Patient>>read(s -> s.patients().find(new PatientId("SYN-7")))).get()
                    .satisfies(p -> assertThat(p.bed()).isEqualTo("9"))
                    .satisfies(p -> assertThat(p.givenName()).isEqualTo("Łukasz"));
            assertThat(db.<List<AuditEntry>>read(s -> s.audit().forPatient(new PatientId("SYN-7"))))
                    .extracting(AuditEntry::detail).anySatisfy(d -> assertThat(d).contains("bed: '3' -> '9'"));
        }
    }

    @Test
    void aTakenMrnIsRefused() {
        try (Database db = backend.open(dir, "ward", clock)) {
            Clinician nurse = db.write(s -> s.clinicians().findOrCreate("Nurse Ben Sample", Role.NURSE));
            db.write(s -> { s.patients().add(patient("SYN-7", "3"), nurse); return null; });
            assertThatThrownBy(() -> db.write(s -> { s.patients().add(patient("SYN-7", "4"), nurse); return null; }))
                    .isInstanceOf(RecordConflictException.class).hasMessageContaining("SYN-7");
            assertThat(db.<Long>read(s -> s.patients().count())).isEqualTo(1);
        }
    }

    @Test
    void theSameNameAndRoleIsTheSameClinician() {
        try (Database db = backend.open(dir, "ward", clock)) {
            Clinician a = db.write(s -> s.clinicians().findOrCreate("Dr Ada Testwell", Role.NEUROLOGIST));
            Clinician b = db.write(s -> s.clinicians().findOrCreate("Dr Ada Testwell", Role.NEUROLOGIST));
            Clinician c = db.write(s -> s.clinicians().findOrCreate("Dr Ada Testwell", Role.NURSE));
            assertThat(b.id()).isEqualTo(a.id());
            assertThat(c.id()).isNotEqualTo(a.id());
        }
    }
}
