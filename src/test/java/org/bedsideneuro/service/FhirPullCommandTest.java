package org.bedsideneuro.service;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.bedsideneuro.app.ExitCode;
import org.bedsideneuro.app.Main;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fhir-pull}: against the test FHIR server, with --yes; and a server that fails, in plain words. */
class FhirPullCommandTest {
    @TempDir
    Path dir;

    private String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), d -> ExitCode.OK);
        return new String[] {Integer.toString(code), out.toString(), err.toString()};
    }

    @Test
    void pullsAPatientShowsWhatChangesAndAppliesIt() throws Exception {
        try (TestEhrServer server = new TestEhrServer()) {
            Bundle bundle = FhirContext.forR4Cached().newJsonParser().parseResource(Bundle.class,
                    new String(FhirPullCommandTest.class.getResourceAsStream("/org/bedsideneuro/fhir/ehr-bundle.json").readAllBytes(),
                            java.nio.charset.StandardCharsets.UTF_8));
            bundle.getEntry().forEach(e -> server.add(e.getResource()));
            String db = dir.resolve("ward.db").toString();
            String[] r = run("--db", db, "fhir-pull", "--server", server.base().toString(), "--patient", "SYN-EHR-1", "--yes");
            assertThat(r[0]).as(r[2]).isEqualTo("0");
            assertThat(r[1]).contains("not imported: MedicationRequest/r3", "Would change: Patients: 1 added", "Orders: 2 added");

            server.fail(TestEhrServer.Failure.ERROR_500);
            String[] failed = run("--db", db, "fhir-pull", "--server", server.base().toString(), "--patient", "SYN-EHR-1", "--yes");
            assertThat(failed[0]).isEqualTo(Integer.toString(ExitCode.INVALID_INPUT));
            assertThat(failed[2]).contains("answered 500", "Nothing was changed").doesNotContain("Exception");
        }
    }
}
