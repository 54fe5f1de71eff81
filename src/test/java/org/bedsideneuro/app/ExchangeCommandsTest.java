package org.bedsideneuro.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExchangeCommandsTest {
    @TempDir
    Path dir;

    record Result(int code, String out, String err) {
    }

    private Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), db -> ExitCode.OK);
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void exportThenImportIntoAnEmptyDatabaseThenImportAgainChangesNothing() {
        String demo = dir.resolve("demo.db").toString();
        String copy = dir.resolve("copy.db").toString();
        Path folder = dir.resolve("export");
        run("--db", demo, "demo");
        assertThat(run("--db", demo, "export-csv", folder.toString()).code()).isZero();

        Result first = run("--db", copy, "import", folder.toString());
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).contains("10 added");
        Result second = run("--db", copy, "import", folder.toString());
        assertThat(second.out()).contains("0 added", "10 already there");

        Path again = dir.resolve("export-again");
        run("--db", copy, "export-csv", again.toString());
        assertThat(run("--db", demo, "check").out()).contains("finding:           2");
        assertThat(again.resolve("findings.csv")).exists();
    }

    @Test
    void anInvalidRowListsFileLineAndColumnExitsOneAndWritesNothing() throws Exception {
        Path folder = dir.resolve("bad");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("patients.csv"), "patient_id,family_name,given_name,birth_date,sex,ward,bed\n"
                + "SYN-1,Sample,Sam,1960-01-01,female,Neuro 4B,1\n"
                + "SYN-2,Sample,Kim,2990-01-01,male,Neuro 4B,2\n");
        String db = dir.resolve("ward.db").toString();
        Result r = run("--db", db, "import", folder.toString());
        assertThat(r.code()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(r.err()).contains("patients.csv:3: birth_date:").contains("nothing was imported");
        assertThat(run("--db", db, "check").out()).contains("patient:           0");
    }

    @Test
    void exportingOnePatientThatDoesNotExistIsInvalidInput() {
        String db = dir.resolve("ward.db").toString();
        Result r = run("--db", db, "export-csv", dir.resolve("out").toString(), "--patient", "NOBODY");
        assertThat(r.code()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(r.err()).contains("NOBODY");
    }
}
