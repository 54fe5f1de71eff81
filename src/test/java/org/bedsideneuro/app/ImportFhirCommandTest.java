package org.bedsideneuro.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import-fhir}: a demo patient exported as FHIR comes back into an empty file; a bad file changes nothing. */
class ImportFhirCommandTest {
    @TempDir
    Path dir;

    record Result(int code, String out, String err) {
    }

    private Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), d -> ExitCode.OK);
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void anExportedPatientIsImportedOnceAndSkippedTheSecondTime() {
        String demo = dir.resolve("demo.db").toString();
        assertThat(run("--db", demo, "demo").code()).isZero();
        Path bundle = dir.resolve("demo-0005.json");
        assertThat(run("--db", demo, "export-fhir", "--patient", "DEMO-0005", "--out", bundle.toString()).code()).isZero();

        String empty = dir.resolve("empty.db").toString();
        Result first = run("--db", empty, "import-fhir", bundle.toString());
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).contains("Patients: 1 added").doesNotContain("Orders: 0 added");
        Result second = run("--db", empty, "import-fhir", bundle.toString());
        assertThat(second.code()).as(second.err()).isZero();
        assertThat(second.out()).contains("Patients: 0 added", "Orders: 0 added", "Administrations: 0 added");
    }

    @Test
    void aFileThatIsNotABundleIsRefusedInPlainWords() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"resourceType\": \"Patient\"}");
        String empty = dir.resolve("empty.db").toString();
        Result r = run("--db", empty, "import-fhir", bad.toString());
        assertThat(r.code()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(r.err()).contains("Patient: a Bundle was expected", "nothing was imported").doesNotContain("Exception");
        Result missing = run("--db", empty, "import-fhir", dir.resolve("nowhere.json").toString());
        assertThat(missing.code()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(missing.err()).contains("cannot read").doesNotContain("Exception");
    }
}
