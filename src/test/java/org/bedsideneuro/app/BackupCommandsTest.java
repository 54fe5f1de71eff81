package org.bedsideneuro.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.LocalDate;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.domain.patient.Sex;
import org.bedsideneuro.persistence.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code backup --out FILE}, {@code restore FILE} and {@code audit --patient ID} on a ward file. */
class BackupCommandsTest {
    @TempDir
    Path dir;

    private record Result(int code, String out, String err) {
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), d -> ExitCode.OK);
        return new Result(code, out.toString(), err.toString());
    }

    private static void addPatient(Path file, String mrn) {
        try (Database db = Database.open(file, Clock.systemUTC())) {
            db.write(s -> {
                Clinician nurse = s.clinicians().findOrCreate("Nurse Ben Sample", Role.NURSE);
                s.patients().add(new Patient(new PatientId(mrn), "Sample", "Sam", LocalDate.of(1960, 1, 1), Sex.OTHER, "4B", "1"), nurse);
                return null;
            });
        }
    }

    private static long patients(Path file) {
        try (Database db = Database.open(file, Clock.systemUTC())) {
            return db.read(s -> s.patients().count());
        }
    }

    @Test
    void aBackupRestoresTheWardAsItWasAndTheCurrentDatabaseIsKeptAside() throws Exception {
        Path ward = dir.resolve("ward.db");
        addPatient(ward, "SYN-1");
        Path backup = dir.resolve("usb/ward-backup.db");
        Result written = run("--db", ward.toString(), "backup", "--out", backup.toString());
        assertThat(written.code()).as(written.err()).isEqualTo(ExitCode.OK);
        assertThat(written.out()).contains("Backup written to " + backup.toAbsolutePath());
        assertThat(Files.getPosixFilePermissions(backup)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(run("--db", ward.toString(), "access-log").out()).as("a backup is an export of every record")
                .contains("\texport-data\t\tBackup of the whole database to " + backup.toAbsolutePath());

        addPatient(ward, "SYN-2");
        Result restored = run("--db", ward.toString(), "restore", backup.toString());
        assertThat(restored.code()).as(restored.err()).isEqualTo(ExitCode.OK);
        assertThat(restored.out()).contains("The previous database is kept at " + ward.toAbsolutePath() + ".before-restore-");
        assertThat(patients(ward)).isEqualTo(1);
        Path aside = Path.of(restored.out().substring(restored.out().indexOf("kept at ") + 8).strip());
        assertThat(patients(aside)).isEqualTo(2);
        assertThat(run("--db", ward.toString(), "access-log").out()).as("the restore is in the restored database's access log")
                .contains("\trestore\t\tRestore of the whole database from " + backup.toAbsolutePath()
                        + "; the database before it is kept at " + aside);

        Result again = run("--db", ward.toString(), "backup", "--out", backup.toString());
        assertThat(again.code()).as("never overwrites a backup").isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(again.err()).contains("already exists");
    }

    @Test
    void aFileThatIsNotABackupIsRefusedWithExitCode3AndTheWardIsUntouched() throws Exception {
        Path ward = dir.resolve("ward.db");
        addPatient(ward, "SYN-1");
        byte[] before = Files.readAllBytes(ward);
        Path junk = Files.writeString(dir.resolve("junk.db"), "not a database");
        Result refused = run("--db", ward.toString(), "restore", junk.toString());
        assertThat(refused.code()).isEqualTo(ExitCode.DATABASE);
        assertThat(refused.err()).contains("is not a BedsideNeuro database").doesNotContain("Exception");
        assertThat(Files.readAllBytes(ward)).isEqualTo(before);
    }

    @Test
    void theAuditVerbPrintsWhoDidWhatToAPatient() {
        Path ward = dir.resolve("ward.db");
        addPatient(ward, "SYN-1");
        Result audit = run("--db", ward.toString(), "audit", "--patient", "SYN-1");
        assertThat(audit.code()).as(audit.err()).isEqualTo(ExitCode.OK);
        assertThat(audit.out().lines()).first().isEqualTo("at\tby\trole\taction\trecord\tid\tdetail");
        assertThat(audit.out().lines().skip(1)).singleElement().satisfies(line -> assertThat(line).contains("\tNurse Ben Sample\tnurse\t").contains("patient"));
        assertThat(run("--db", ward.toString(), "audit", "--patient", "SYN-404").code()).isEqualTo(ExitCode.INVALID_INPUT);
    }
}
