package org.bedsideneuro.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.domain.patient.Sex;
import org.bedsideneuro.testdb.Backend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupsTest {
    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);

    private static void addPatient(Database db, String mrn) {
        db.write(s -> {
            Clinician nurse = s.clinicians().findOrCreate("Nurse Ben Sample", Role.NURSE);
            s.patients().add(new Patient(new PatientId(mrn), "Sample", "Sam", LocalDate.of(1960, 1, 1), Sex.OTHER, "", ""), nurse);
            return null;
        });
    }

    @Test
    void aServerDatabaseIsNotBackedUpFromALaptopAndSaysToUsePgDump() {
        Path target = dir.resolve("backup.db");
        try (Database db = Backend.POSTGRESQL.open(dir, "ward", clock)) {
            addPatient(db, "SYN-1");
            assertThatThrownBy(() -> Backups.backup(db, target))
                    .isInstanceOf(DatabaseException.class).hasMessageContaining("pg_dump");
            assertThatThrownBy(() -> Backups.automatic(db, dir.resolve("ward"), clock))
                    .isInstanceOf(DatabaseException.class).hasMessageContaining("pg_dump");
        }
        assertThat(target).doesNotExist();
        assertThat(dir.resolve("backups")).doesNotExist();
    }

    @Test
    void aBackupIsACheckedOwnerOnlyCopyThatRestoresTheData() throws Exception {
        Path dbFile = dir.resolve("ward.db");
        Path backup = dir.resolve("out/backup.db");
        try (Database db = Database.open(dbFile, clock)) {
            addPatient(db, "SYN-1");
            Backups.backup(db, backup);
            addPatient(db, "SYN-2"); // after the backup: gone after the restore
        }
        assertThat(Files.getPosixFilePermissions(backup)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Backups.verify(backup).healthy()).isTrue();

        Path aside = Backups.restore(backup, dbFile, clock);
        assertThat(aside).exists();
        try (Database db = Database.open(dbFile, clock)) {
            assertThat(db.<Long>read(s -> s.patients().count())).isEqualTo(1);
        }
        try (Database old = Database.open(aside, clock)) {
            assertThat(old.<Long>read(s -> s.patients().count())).isEqualTo(2);
        }
    }

    @Test
    void aBackupNeverOverwritesAnExistingFile() throws Exception {
        Path existing = dir.resolve("keep.db");
        Files.writeString(existing, "precious");
        try (Database db = Database.open(dir.resolve("ward.db"), clock)) {
            assertThatThrownBy(() -> Backups.backup(db, existing)).hasMessageContaining("already exists");
        }
        assertThat(Files.readString(existing)).isEqualTo("precious");
    }

    @Test
    void restoringSomethingThatIsNotABackupLeavesTheDatabaseAlone() throws Exception {
        Path dbFile = dir.resolve("ward.db");
        try (Database db = Database.open(dbFile, clock)) {
            addPatient(db, "SYN-1");
        }
        Path junk = dir.resolve("junk.db");
        Files.writeString(junk, "not a database at all");
        assertThatThrownBy(() -> Backups.restore(junk, dbFile, clock)).isInstanceOf(DatabaseException.class);
        try (Database db = Database.open(dbFile, clock)) {
            assertThat(db.<Long>read(s -> s.patients().count())).isEqualTo(1);
        }
    }

    @Test
    void aRestoreIsRefusedWhileAnotherBedsideNeuroHasTheDatabaseOpen() throws Exception {
        Path dbFile = dir.resolve("ward.db");
        Path backup = dir.resolve("backup.db");
        try (Database other = Database.open(dbFile, clock)) {
            addPatient(other, "SYN-1");
            Backups.backup(other, backup);
            addPatient(other, "SYN-2");
            assertThatThrownBy(() -> Backups.restore(backup, dbFile, clock)).isInstanceOf(DatabaseException.class)
                    .hasMessageContaining("still has " + dbFile.toAbsolutePath() + " open. Close it first")
                    .hasMessageContaining("The current database was not touched.");
            assertThat(other.<Long>read(s -> s.patients().count())).isEqualTo(2);
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("before-restore"));
        }
        Backups.restore(backup, dbFile, clock); // once it is closed
        try (Database db = Database.open(dbFile, clock)) {
            assertThat(db.<Long>read(s -> s.patients().count())).isEqualTo(1);
        }
    }

    @Test
    void theAutomaticBackupsAreListedNewestFirstWithWhenTheyWereTaken() {
        Path dbFile = dir.resolve("ward.db");
        try (Database db = Database.open(dbFile, clock)) {
            addPatient(db, "SYN-1");
            Backups.automatic(db, dbFile, clock);
            Backups.automatic(db, dbFile, Clock.offset(clock, Duration.ofDays(1))); // the next day: the rotation keeps one a day
        }
        List<Backups.Automatic> found = Backups.automaticBackups(dbFile);
        assertThat(found).extracting(Backups.Automatic::taken)
                .containsExactly(Instant.parse("2026-03-02T10:00:00Z"), Instant.parse("2026-03-01T10:00:00Z"));
        assertThat(Backups.takenAt(found.get(1).file())).isEqualTo(Instant.parse("2026-03-01T10:00:00Z"));
        assertThat(Backups.verify(found.get(0).file()).counts()).containsEntry("patient", 1L);
    }

    @Test
    void automaticBackupsGoBesideTheDatabase() {
        Path dbFile = dir.resolve("ward.db");
        try (Database db = Database.open(dbFile, clock)) {
            Path taken = Backups.automatic(db, dbFile, clock);
            assertThat(taken.getParent()).isEqualTo(dir.resolve("backups"));
            assertThat(taken).exists();
        }
    }

    @Test
    void rotationKeepsSevenDailyAndFourWeekly() {
        Instant now = Instant.parse("2026-03-01T10:00:00Z");
        List<Instant> taken = new ArrayList<>();
        for (int day = 0; day < 60; day++) {
            taken.add(now.minus(Duration.ofDays(day)));
            taken.add(now.minus(Duration.ofDays(day)).minus(Duration.ofHours(4))); // two a day
        }
        List<Instant> delete = BackupRotation.standard().toDelete(taken, ZoneOffset.UTC);
        List<Instant> kept = new ArrayList<>(taken);
        kept.removeAll(delete);
        assertThat(kept).hasSize(11);
        assertThat(kept).contains(now, now.minus(Duration.ofDays(6)));
        assertThat(kept).doesNotContain(now.minus(Duration.ofHours(4))); // only the newest of a day
        assertThat(kept.stream().filter(t -> !t.isAfter(now.minus(Duration.ofDays(7))))).hasSize(4);
    }
}
