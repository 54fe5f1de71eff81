package org.bedsideneuro.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.domain.exam.ObservationSchedule;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.domain.patient.Sex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PatientSettingRepositoryTest {
    @TempDir
    Path dir;

    @Test
    void theObservationIntervalIsFourHoursUntilSetAndTheChangeIsAudited() {
        Clock clock = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
        PatientId mrn = new PatientId("SYN-1");
        try (Database db = Database.open(dir.resolve("ward.db"), clock)) {
            Clinician nurse = db.write(s -> s.clinicians().findOrCreate("Nurse Ben Sample", Role.NURSE));
            db.write(s -> {
                s.patients().add(new Patient(mrn, "Sample", "Sam", LocalDate.of(1960, 1, 1), Sex.OTHER, "", ""), nurse);
                return null;
            });
            assertThat(db.read(s -> s.patientSettings().observationSchedule(mrn)).interval()).isEqualTo(Duration.ofHours(4));
            Map<PatientId, ObservationSchedule> none = db.read(s -> s.patientSettings().observationSchedules());
            assertThat(none).isEmpty();

            db.write(s -> {
                s.patientSettings().setObservationSchedule(mrn, ObservationSchedule.everyMinutes(60), nurse);
                return null;
            });
            db.write(s -> {
                s.patientSettings().setObservationSchedule(mrn, ObservationSchedule.everyMinutes(120), nurse);
                return null;
            });
            assertThat(db.read(s -> s.patientSettings().observationSchedule(mrn)).minutes()).isEqualTo(120);
            Map<PatientId, ObservationSchedule> stored = db.read(s -> s.patientSettings().observationSchedules());
            assertThat(stored).containsEntry(mrn, ObservationSchedule.everyMinutes(120));
            List<AuditEntry> audit = db.read(s -> s.audit().forPatient(mrn));
            assertThat(audit).extracting(AuditEntry::detail)
                    .contains("observation interval: default -> 60 min", "observation interval: 60 min -> 120 min");
        }
    }
}
