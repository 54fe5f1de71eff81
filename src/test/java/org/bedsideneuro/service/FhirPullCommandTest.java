package org.bedsideneuro.service;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
                            StandardCharsets.UTF_8));
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

    private static void serve(TestEhrServer server) throws Exception {
        Bundle bundle = FhirContext.forR4Cached().newJsonParser().parseResource(Bundle.class,
                new String(FhirPullCommandTest.class.getResourceAsStream("/org/bedsideneuro/fhir/ehr-bundle.json").readAllBytes(), StandardCharsets.UTF_8));
        bundle.getEntry().forEach(e -> server.add(e.getResource()));
    }

    @Test
    void aHangingServerEndsAfterTheTimeOutInPlainWords() throws Exception {
        try (TestEhrServer server = new TestEhrServer()) {
            serve(server);
            server.fail(TestEhrServer.Failure.HANG);
            String[] r = run("--db", dir.resolve("ward.db").toString(), "fhir-pull", "--server", server.base().toString(), "--patient", "SYN-EHR-1",
                    "--yes", "--timeout", "1");
            assertThat(r[0]).isEqualTo(Integer.toString(ExitCode.INVALID_INPUT));
            assertThat(r[2]).contains("did not answer within 1 s", "Nothing was changed").doesNotContain("Exception");
        }
    }

    /** A server that wants a sign-in: the address of its sign-in page is printed (no browser here), the test follows it. */
    @Test
    void aServerThatWantsSignInIsReadAfterTheSignInPageIsFollowed() throws Exception {
        try (TestEhrServer server = new TestEhrServer()) {
            serve(server);
            server.requireSignIn();
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            CompletableFuture<Integer> pull = CompletableFuture.supplyAsync(() -> Main.run(new String[] {"--db", dir.resolve("ward.db").toString(),
                    "fhir-pull", "--server", server.base().toString(), "--patient", "SYN-EHR-1", "--yes"}, new PrintWriter(out, true),
                    new PrintWriter(err, true), d -> ExitCode.OK));
            Pattern signInLine = Pattern.compile("Sign in to the EHR in your browser: (\\S+)");
            Matcher page = null;
            for (int i = 0; i < 200 && page == null; i++) { // the command prints it once it has asked the server
                Matcher printed = signInLine.matcher(out.toString());
                if (printed.find()) {
                    page = printed;
                } else {
                    Thread.sleep(50);
                }
            }
            assertThat(page).as("the sign-in page's address, printed: " + out).isNotNull();
            HttpResponse<String> browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build()
                    .send(HttpRequest.newBuilder(URI.create(page.group(1))).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(browser.body()).contains("Signed in to the EHR");
            assertThat(pull.get(60, TimeUnit.SECONDS)).as(err.toString()).isZero();
            assertThat(out.toString()).contains("Orders: 2 added");
            assertThat(server.issuedTokens()).hasSize(1);
        }
    }
}
