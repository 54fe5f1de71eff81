package org.bedsideneuro.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.domain.patient.Sex;
import org.bedsideneuro.persistence.Backups;
import org.bedsideneuro.persistence.Database;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A read-only folder and a full disk: a message saying what happened and what to do, exit code 3,
 * and the database file byte for byte as it was, still passing its integrity check. The child command line meets a
 * real refusal from the operating system (see {@link RestrictedCli}: another user as root, {@code ulimit -f}).
 */
class StorageFailuresTest {
    @TempDir
    Path dir;

    private Path ward;
    private Path exchange;

    /** A small ward (one patient, closed cleanly: no WAL beside it), and the demo ward as an exchange folder to import. */
    @BeforeEach
    void ward() throws Exception {
        Path demo = dir.resolve("demo.db");
        assertThat(cli("--db", demo.toString(), "demo")).isEqualTo(ExitCode.OK);
        exchange = dir.resolve("exchange");
        assertThat(cli("--db", demo.toString(), "export-csv", exchange.toString())).isEqualTo(ExitCode.OK);
        Path folder = Files.createDirectories(dir.resolve("ward"));
        ward = folder.resolve("ward.db");
        try (Database db = Database.open(ward, Clock.systemUTC())) {
            db.write(s -> {
                Clinician nurse = s.clinicians().findOrCreate("Nurse Ben Sample", Role.NURSE);
                s.patients().add(new Patient(new PatientId("SYN-1"), "Sample", "Sam", LocalDate.of(1960, 1, 1), Sex.OTHER, "4B", "1"), nurse);
                return null;
            });
        }
        assertThat(folder.resolve("ward.db-wal")).doesNotExist();
        RestrictedCli.openUpTo(dir);
        RestrictedCli.openUpTo(exchange);
        try (var files = Files.list(exchange)) {
            for (Path f : files.toList()) {
                Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r--r--"));
            }
        }
    }

    private static int cli(String... args) {
        return Main.run(args, new PrintWriter(new StringWriter(), true), new PrintWriter(new StringWriter(), true), d -> ExitCode.OK);
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    private void assertUnchanged(String before) throws Exception {
        assertThat(sha256(ward)).as("the database file, byte for byte").isEqualTo(before);
        assertThat(Backups.verify(ward).integrity()).isEqualTo("ok");
        assertThat(Backups.verify(ward).counts().get("patient")).isEqualTo(1L);
    }

    private static void assertPlain(RestrictedCli.Result result) {
        assertThat(result.exitCode()).as(result.out() + result.err()).isEqualTo(ExitCode.DATABASE);
        assertThat(result.err()).startsWith("bedside-neuro: ").doesNotContain("Exception").doesNotContain("\tat ")
                .contains("Nothing was saved and the database was not changed");
    }

    @Test
    void aReadOnlyFolderIsSaidPlainlyWithExitCode3AndTheFileIsNeverModified() throws Exception {
        String before = sha256(ward);
        RestrictedCli.readOnly(ward.getParent());
        try {
            RestrictedCli.Result imported = RestrictedCli.asUnprivileged("--db", ward.toString(), "import", exchange.toString());
            assertPlain(imported);
            assertThat(imported.err()).contains("read-only for this user").contains("ask IT".replace("ask", "Ask"))
                    .contains(ward.getParent().toString()).doesNotContainIgnoringCase("damaged");
            assertUnchanged(before);

            RestrictedCli.Result window = RestrictedCli.asUnprivileged(WindowMessageProbe.class, ward.toString());
            assertThat(window.out()).as(window.err()).contains("EXPLAINED=true")
                    .contains("ON SCREEN=BedsideNeuro may not write in the folder " + ward.getParent()).doesNotContain("Exception");
            assertUnchanged(before);

            Path fresh = ward.resolveSibling("new.db");
            RestrictedCli.Result created = RestrictedCli.asUnprivileged("--db", fresh.toString(), "check");
            assertPlain(created);
            assertThat(created.err()).contains("read-only for this user");
            assertThat(fresh).doesNotExist();

            Path backupOut = ward.resolveSibling("copy.db");
            RestrictedCli.Result backup = RestrictedCli.asUnprivileged("--db", ward.toString(), "backup", "--out", backupOut.toString());
            assertThat(backup.exitCode()).as(backup.err()).isEqualTo(ExitCode.DATABASE);
            assertThat(backup.err()).contains("read-only for this user").doesNotContain("Exception");
            assertThat(backupOut).doesNotExist();
            assertUnchanged(before);
        } finally {
            RestrictedCli.writable(ward.getParent());
        }
    }

    @Test
    void aFullDiskIsSaidPlainlyWithExitCode3AndTheFileIsNeverModified() throws Exception {
        String before = sha256(ward);
        // 256 KiB: room for the journal's first pages, not for the demo ward's 2,700 findings.
        RestrictedCli.Result imported = RestrictedCli.withDiskFullAfter(256, "--db", ward.toString(), "import", exchange.toString());
        assertPlain(imported);
        assertThat(imported.err()).contains("refused a write").contains("may be full").contains("Free some space").doesNotContainIgnoringCase("damaged");
        assertUnchanged(before);

        // A second failed attempt, on the leftovers of the first: still nothing changes.
        assertPlain(RestrictedCli.withDiskFullAfter(256, "--db", ward.toString(), "import", exchange.toString()));
        assertUnchanged(before);

        RestrictedCli.Result window = RestrictedCli.withDiskFullAfter(WindowMessageProbe.class, 36, ward.toString());
        assertThat(window.out()).as(window.err()).contains("EXPLAINED=true")
                .contains("ON SCREEN=The disk holding " + ward.getParent() + " refused a write").doesNotContain("Exception");
        assertUnchanged(before);

        Path backupOut = dir.resolve("copy.db");
        RestrictedCli.Result backup = RestrictedCli.withDiskFullAfter(64, "--db", ward.toString(), "backup", "--out", backupOut.toString());
        assertThat(backup.exitCode()).as(backup.err()).isEqualTo(ExitCode.DATABASE);
        assertThat(backup.err()).contains("The backup could not be written").contains("full").doesNotContain("Exception");
        assertThat(backupOut).doesNotExist();
        assertThat(dir.resolve("copy.db.partial")).doesNotExist();
        assertUnchanged(before);

        // With room on the disk, the same import succeeds: it was the limit that refused it, nothing else.
        RestrictedCli.Result roomy = RestrictedCli.withDiskFullAfter(64 * 1024, "--db", ward.toString(), "import", exchange.toString());
        assertThat(roomy.exitCode()).as(roomy.err()).isEqualTo(ExitCode.OK);
        try (Database db = Database.open(ward, Clock.systemUTC())) {
            assertThat(db.<Long>read(s -> s.patients().count())).isEqualTo(12L); // its own patient and the eleven of the demo ward
            assertThat(db.check().integrity()).isEqualTo("ok");
        }
    }
}
