package org.bedsideneuro.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Random;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.domain.patient.Sex;
import org.bedsideneuro.persistence.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Damaged or foreign files get a plain message, exit code 3, and are never modified. */
class DamagedFilesTest {
    @TempDir
    Path dir;

    private int check(Path db, StringWriter err) {
        return Main.run(new String[] {"--db", db.toString(), "check"}, new PrintWriter(new StringWriter(), true),
                new PrintWriter(err, true), d -> ExitCode.OK);
    }

    /** A database with enough rows to span many pages, closed cleanly (WAL folded into the file). */
    private Path wardWithData() {
        Path file = dir.resolve("ward.db");
        try (Database db = Database.open(file, Clock.systemUTC())) {
            db.write(s -> {
                Clinician nurse = s.clinicians().findOrCreate("Nurse Ben Sample", Role.NURSE);
                for (int i = 0; i < 400; i++) {
                    s.patients().add(new Patient(new PatientId("SYN-" + i), "Sample" + "x".repeat(60), "Sam" + i,
                            LocalDate.of(1960, 1, 1), Sex.OTHER, "Neuro 4B", Integer.toString(i)), nurse);
                }
                return null;
            });
        }
        return file;
    }

    @Test
    void aTruncatedDatabaseIsReportedAsDamagedAndLeftAsItWas() throws Exception {
        Path file = wardWithData();
        long size = Files.size(file);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(size / 2);
        }
        byte[] before = Files.readAllBytes(file);
        StringWriter err = new StringWriter();
        assertThat(check(file, err)).isEqualTo(ExitCode.DATABASE);
        assertThat(err.toString()).containsIgnoringCase("damaged").contains("backup").doesNotContain("Exception");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aDatabaseThatFailsItsIntegrityCheckIsReportedAndLeftAsItWas() throws Exception {
        Path file = wardWithData();
        long size = Files.size(file);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            // Scribble over a page in the middle of the patient table (not the header page).
            raf.seek(size / 2);
            byte[] garbage = new byte[4096];
            new Random(7).nextBytes(garbage);
            raf.write(garbage);
        }
        byte[] before = Files.readAllBytes(file);
        StringWriter err = new StringWriter();
        assertThat(check(file, err)).isEqualTo(ExitCode.DATABASE);
        assertThat(err.toString()).containsIgnoringCase("damaged").contains("backup").doesNotContain("Exception");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }
}
