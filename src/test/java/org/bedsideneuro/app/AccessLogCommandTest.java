package org.bedsideneuro.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccessLogCommandTest {
    @TempDir
    Path dir;

    record Result(int code, String out, String err) {
    }

    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), db -> ExitCode.OK);
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void exportsFromTheCommandLineAreInTheAccessLogAndFiltersWork() {
        String db = dir.resolve("ward.db").toString();
        assertThat(run("--db", db, "demo").code()).isZero();
        String mrn = run("--db", db, "export-csv", dir.resolve("csv").toString()).err();
        assertThat(mrn).isEmpty();
        String os = "os:" + System.getProperty("user.name", "unknown");
        String today = LocalDate.now().toString();

        Result all = run("--db", db, "access-log", "--user", os, "--from", today, "--to", today);
        assertThat(all.code()).as(all.err()).isZero();
        assertThat(all.out()).startsWith("at\tlogin\tname\taction\tpatient\tdetail").contains("\texport-data\t\tCSV exchange files to ");

        assertThat(run("--db", db, "access-log", "--user", "nobody").out().lines().count()).isEqualTo(1);
        assertThat(run("--db", db, "access-log", "--to", "2000-01-01").out().lines().count()).isEqualTo(1);
        assertThat(run("--db", db, "access-log", "--patient", "NOPE").out().lines().count()).isEqualTo(1);
        Result bad = run("--db", db, "access-log", "--from", "yesterday");
        assertThat(bad.code()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(bad.err()).contains("YYYY-MM-DD");
    }

    @Test
    void exportsAreReadableByTheirOwnerOnly() throws Exception {
        // Issue #11 point 8: written through Files.createTempFile (0600 on POSIX) and moved into place.
        Assumptions.assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        String db = dir.resolve("ward.db").toString();
        assertThat(run("--db", db, "demo").code()).isZero();
        assertThat(run("--db", db, "export-csv", dir.resolve("csv").toString()).code()).isZero();
        String mrn = run("--db", db, "access-log").out().lines().filter(l -> l.contains("export-data")).findFirst().orElseThrow().split("\t")[0];
        try (var files = Files.list(dir.resolve("csv"))) {
            for (Path f : files.toList()) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).as(f.toString())
                        .isEqualTo("rw-------");
            }
        }
        assertThat(mrn).isNotEmpty();
        // The PDF summary and the FHIR bundle too.
        Path pdf = dir.resolve("summary.pdf");
        Path fhir = dir.resolve("bundle.json");
        Result printed = run("--db", db, "export-pdf", "--patient", "DEMO-0001", "--out", pdf.toString());
        assertThat(printed.code()).as(printed.err()).isZero();
        Result sent = run("--db", db, "export-fhir", "--patient", "DEMO-0001", "--out", fhir.toString());
        assertThat(sent.code()).as(sent.err()).isZero();
        for (Path f : List.of(pdf, fhir)) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).as(f.toString())
                    .isEqualTo("rw-------");
        }
    }
}
