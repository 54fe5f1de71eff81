package org.bedsideneuro.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.bedsideneuro.fhir.FhirExporter;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportFhirCommandTest {
    @TempDir
    Path dir;
    String db;

    record Result(int code, String out, String err) {
    }

    private Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), d -> ExitCode.OK);
        return new Result(code, out.toString(), err.toString());
    }

    @BeforeEach
    void demoWard() {
        db = dir.resolve("demo.db").toString();
        assertThat(run("--db", db, "demo").code()).isZero();
    }

    private long filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        }
    }

    @Test
    void exportsOneBundleOfTheWholeCourseOrOfAPeriod() throws IOException {
        Path out = dir.resolve("demo-0003.json");
        Result r = run("--db", db, "export-fhir", "--patient", "DEMO-0003", "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("resources written to");
        Bundle whole = FhirExporter.parse(Files.readString(out));
        assertThat(whole.getType()).isEqualTo(Bundle.BundleType.COLLECTION);

        Path week = dir.resolve("week.json");
        String lastWeek = LocalDate.now().minusDays(7).toString();
        Result w = run("--db", db, "export-fhir", "--patient", "DEMO-0003", "--from", lastWeek, "--out", week.toString());
        assertThat(w.code()).as(w.err()).isZero();
        assertThat(FhirExporter.parse(Files.readString(week)).getEntry().size()).isLessThan(whole.getEntry().size());
    }

    @Test
    void badRequestsSayWhyAndLeaveNoFile() throws IOException {
        Path out = dir.resolve("out.json");
        long before = filesIn(dir);

        Result unknown = run("--db", db, "export-fhir", "--patient", "NOBODY", "--out", out.toString());
        assertThat(unknown.code()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(unknown.err()).contains("no patient with MRN NOBODY").contains("Nothing was written");

        Result empty = run("--db", db, "export-fhir", "--patient", "DEMO-0003", "--from", "2001-01-01", "--to", "2001-01-31", "--out", out.toString());
        assertThat(empty.code()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(empty.err()).contains("no exams, orders or flags from 2001-01-01 to 2001-01-31");

        Result backwards = run("--db", db, "export-fhir", "--patient", "DEMO-0003", "--from", "2026-02-01", "--to", "2026-01-01", "--out", out.toString());
        assertThat(backwards.code()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(backwards.err()).contains("is after the last day");

        Result nowhere = run("--db", db, "export-fhir", "--patient", "DEMO-0003", "--out", dir.resolve("missing/folder/out.json").toString());
        assertThat(nowhere.code()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(nowhere.err()).contains("cannot write");

        Result folder = run("--db", db, "export-fhir", "--patient", "DEMO-0003", "--out", dir.toString());
        assertThat(folder.code()).isEqualTo(ExitCode.INVALID_INPUT);

        assertThat(run("--db", db, "export-fhir", "--patient", "DEMO-0003", "--from", "last week", "--out", out.toString()).code())
                .isEqualTo(ExitCode.USAGE);
        assertThat(run("--db", db, "export-fhir", "--patient", "DEMO-0003").code()).isEqualTo(ExitCode.USAGE);

        assertThat(out).doesNotExist();
        assertThat(filesIn(dir)).isEqualTo(before); // no temporary file left behind either
    }
}
