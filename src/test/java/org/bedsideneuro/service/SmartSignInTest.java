package org.bedsideneuro.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.persistence.Database;
import org.bedsideneuro.persistence.Work;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SMART App Launch against a real FHIR server with a stub authorisation server (PKCE S256), the test playing the
 * browser by following the authorize address: the pull signs in once and reads the record; an open server needs no
 * sign-in; a wrong verifier gets no token; the token is nowhere on disk, neither in the database nor the data folder.
 */
class SmartSignInTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-15T10:30:00Z"), ZoneId.of("Europe/Berlin"));
    private static final PatientId MRN = new PatientId("SYN-EHR-1");
    private static final Work<Clinician> NEUROLOGIST = s -> s.clinicians().findOrCreate("Dr Ada Testwell", Role.NEUROLOGIST);

    @TempDir
    Path dataFolder;
    private TestEhrServer server;
    private Database db;
    private final HttpClient browserClient = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
    private final AtomicInteger browserOpened = new AtomicInteger();

    @BeforeEach
    void start() throws Exception {
        server = new TestEhrServer();
        String json;
        try (InputStream in = getClass().getResourceAsStream("/org/bedsideneuro/fhir/ehr-bundle.json")) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        FhirContext.forR4Cached().newJsonParser().parseResource(Bundle.class, json).getEntry().forEach(e -> server.add(e.getResource()));
        db = Database.open(dataFolder.resolve("ward.db"), CLOCK);
    }

    @AfterEach
    void stop() throws Exception {
        db.close();
        server.close();
    }

    /** The system browser, played: follows the sign-in page's redirect to BedsideNeuro's loopback address. */
    private void browse(URI authorize) {
        browserOpened.incrementAndGet();
        try {
            HttpResponse<String> page = browserClient.send(HttpRequest.newBuilder(authorize).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.body()).contains("Signed in to the EHR");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private SmartSession session(Consumer<URI> browser) {
        return new SmartSession(new SmartSignIn(Duration.ofSeconds(10), Duration.ofSeconds(20), CLOCK), Duration.ofSeconds(10), "bedside-neuro",
                browser, CLOCK);
    }

    @Test
    void aServerThatWantsSignInIsReadAfterOneSignInAndTheTokenIsNeverWritten() throws Exception {
        server.requireSignIn();
        assertThatThrownBy(() -> new FhirPullService(db, CLOCK, new EhrClient(Duration.ofSeconds(10), null)).pull(server.base(), MRN, null, NEUROLOGIST))
                .isInstanceOf(EhrUnavailableException.class).hasMessageContaining("refused access (401)");

        SmartSession session = session(this::browse);
        FhirPullService.Pulled pulled = new FhirPullService(db, CLOCK, session.clientFor(server.base())).pull(server.base(), MRN, null, NEUROLOGIST);
        assertThat(pulled.wouldChange().written().ordersAdded()).isEqualTo(2);
        new FhirPullService(db, CLOCK, session.clientFor(server.base())).apply(pulled, NEUROLOGIST);
        assertThat(browserOpened).as("signed in once for both").hasValue(1);
        assertThat(session.signedIn(server.base())).isTrue();
        assertThat(server.tokenRequests()).singleElement().asString().matches("code=[0-9a-f-]{36}&code_verifier=[A-Za-z0-9_-]{43}");

        db.close();
        List<String> tokens = List.copyOf(server.issuedTokens());
        assertThat(tokens).hasSize(1);
        try (Stream<Path> files = Files.walk(dataFolder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                assertThat(content).as(file.toString()).doesNotContain(tokens.get(0));
            }
        }
        db = Database.open(dataFolder.resolve("ward.db"), CLOCK);
    }

    @Test
    void anOpenServerNeedsNoSignIn() {
        SmartSession session = session(this::browse);
        FhirPullService.Pulled pulled = new FhirPullService(db, CLOCK, session.clientFor(server.base())).pull(server.base(), MRN, null, NEUROLOGIST);
        assertThat(pulled.wouldChange().succeeded()).isTrue();
        assertThat(browserOpened).hasValue(0);
        assertThat(session.signedIn(server.base())).isFalse();
    }

    @Test
    void aWrongVerifierGetsNoToken() throws Exception {
        server.requireSignIn();
        String verifier = "a".repeat(43);
        String redirect = "http://127.0.0.1:9/callback";
        URI authorize = URI.create(server.base().resolve("/auth/authorize") + "?response_type=code&client_id=bedside-neuro&state=s&redirect_uri="
                + URLEncoder.encode(redirect, StandardCharsets.UTF_8) + "&code_challenge=" + SmartSignIn.challenge(verifier)
                + "&code_challenge_method=S256");
        HttpResponse<Void> toLoopback = HttpClient.newHttpClient().send(HttpRequest.newBuilder(authorize).GET().build(), HttpResponse.BodyHandlers.discarding());
        String location = toLoopback.headers().firstValue("Location").orElseThrow();
        String code = SmartSignIn.parse(URI.create(location).getRawQuery()).get("code");
        HttpResponse<String> refused = HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.base().resolve("/auth/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=authorization_code&client_id=bedside-neuro&redirect_uri="
                        + URLEncoder.encode(redirect, StandardCharsets.UTF_8) + "&code=" + code + "&code_verifier=" + "b".repeat(43)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("invalid_grant");
        assertThat(server.issuedTokens()).isEmpty();
    }

    @Test
    void aSignInAbandonedInTheBrowserEndsInPlainWords() {
        server.requireSignIn();
        SmartSession session = new SmartSession(new SmartSignIn(Duration.ofSeconds(10), Duration.ofSeconds(1), CLOCK), Duration.ofSeconds(10),
                "bedside-neuro", uri -> browserOpened.incrementAndGet(), CLOCK);
        assertThatThrownBy(() -> session.clientFor(server.base())).isInstanceOf(EhrUnavailableException.class)
                .hasMessageContaining("sign-in was not completed");
        assertThat(session.signedIn(server.base())).isFalse();
    }
}
