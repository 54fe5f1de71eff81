package org.bedsideneuro.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * A clinician's sign-in to the hospital's FHIR server by SMART App Launch v2, standalone launch as a public client
 * (shared/fhir-notes.md): the server's endpoints from {@code .well-known/smart-configuration}; PKCE with S256 only (the
 * spec forbids {@code plain}); the redirect to a loopback address on a free port (RFC 8252 section 7.3), answered by a
 * tiny HTTP server on 127.0.0.1 that lives only for the sign-in; the hospital's sign-in page in the system browser.
 * Read scopes only: BedsideNeuro never writes to the EHR. The token it returns is for memory only
 * ({@link SmartSession}): never a file, never the database.
 */
public final class SmartSignIn {
    /** SMART v2 read-and-search scopes for what a pull reads, for the signed-in clinician. */
    public static final String SCOPES = "openid fhirUser user/Patient.rs user/Encounter.rs user/MedicationRequest.rs user/Medication.rs"
            + " user/MedicationAdministration.rs user/Observation.rs";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final HttpClient http;
    private final Duration timeout;
    private final Duration waitForBrowser;
    private final Clock clock;

    /**
     * @param timeout        for each request to the server
     * @param waitForBrowser how long the clinician has to sign in on the hospital's page
     */
    public SmartSignIn(Duration timeout, Duration waitForBrowser, Clock clock) {
        this.timeout = timeout;
        this.waitForBrowser = waitForBrowser;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    /** The server's authorisation and token endpoints, from its SMART configuration. */
    public record Endpoints(URI authorize, URI token) {
    }

    /** An access token and when it stops being accepted. */
    public record Token(String accessToken, Instant expires) {
        @Override
        public String toString() {
            return "Token[hidden, expires " + expires + "]"; // never into a log
        }
    }

    /**
     * The server's SMART endpoints, or empty when it publishes none (an open server, such as a test server, needs no
     * sign-in). A server that says it signs in but not with PKCE S256 is refused.
     */
    public Optional<Endpoints> discover(URI server) {
        String base = server.toString().endsWith("/") ? server.toString() : server + "/";
        HttpResponse<String> answer;
        try {
            answer = http.send(HttpRequest.newBuilder(URI.create(base + ".well-known/smart-configuration")).timeout(timeout)
                    .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new EhrUnavailableException("The EHR server cannot be reached (" + e.getClass().getSimpleName() + "). Nothing was changed.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EhrUnavailableException("The sign-in to the EHR was interrupted. Nothing was changed.");
        }
        if (answer.statusCode() != 200) {
            return Optional.empty();
        }
        JsonNode config;
        try {
            config = JSON.readTree(answer.body());
        } catch (IOException e) {
            return Optional.empty(); // not a SMART configuration: an open server
        }
        if (config == null || !config.hasNonNull("authorization_endpoint") || !config.hasNonNull("token_endpoint")) {
            return Optional.empty();
        }
        boolean s256 = false;
        for (JsonNode method : config.path("code_challenge_methods_supported")) {
            s256 |= "S256".equals(method.asText());
        }
        if (!s256) {
            throw new EhrUnavailableException("The EHR's sign-in does not offer PKCE with S256, which BedsideNeuro requires for a"
                    + " sign-in from a shared laptop; ask IT to enable it. Nothing was changed.");
        }
        return Optional.of(new Endpoints(URI.create(config.get("authorization_endpoint").asText()), URI.create(config.get("token_endpoint").asText())));
    }

    /**
     * Signs the clinician in: opens the hospital's sign-in page with {@code browser}, waits for the redirect to the
     * loopback address, and exchanges the code (with the PKCE verifier) for a token.
     */
    public Token signIn(URI server, Endpoints endpoints, String clientId, Consumer<URI> browser) {
        String verifier = randomText(32);
        String state = randomText(16);
        CompletableFuture<Map<String, String>> redirected = new CompletableFuture<>();
        HttpServer loopback;
        try {
            loopback = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new EhrUnavailableException("BedsideNeuro could not listen on this computer for the sign-in (" + e.getMessage() + ").");
        }
        loopback.createContext("/callback", exchange -> answerBrowser(exchange, redirected));
        loopback.start();
        try {
            String redirect = "http://127.0.0.1:" + loopback.getAddress().getPort() + "/callback";
            Map<String, String> query = new LinkedHashMap<>();
            query.put("response_type", "code");
            query.put("client_id", clientId);
            query.put("redirect_uri", redirect);
            query.put("scope", SCOPES);
            query.put("state", state);
            query.put("aud", server.toString());
            query.put("code_challenge", challenge(verifier));
            query.put("code_challenge_method", "S256");
            browser.accept(URI.create(endpoints.authorize() + (endpoints.authorize().getQuery() == null ? "?" : "&") + form(query)));
            Map<String, String> answer = redirected.get(waitForBrowser.toMillis(), TimeUnit.MILLISECONDS);
            if (answer.containsKey("error")) {
                throw new EhrUnavailableException("The EHR refused the sign-in (" + answer.get("error") + "). Nothing was changed.");
            }
            if (!state.equals(answer.get("state")) || answer.get("code") == null) {
                throw new EhrUnavailableException("The sign-in answer did not match the request (state); it was ignored. Nothing was changed.");
            }
            return token(endpoints, clientId, redirect, answer.get("code"), verifier);
        } catch (TimeoutException e) {
            throw new EhrUnavailableException("The sign-in was not completed within " + waitForBrowser.toMinutes() + " minutes. Nothing was changed.");
        } catch (ExecutionException e) {
            throw new EhrUnavailableException("The sign-in failed. Nothing was changed.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EhrUnavailableException("The sign-in to the EHR was interrupted. Nothing was changed.");
        } finally {
            loopback.stop(0);
        }
    }

    /** Answers the browser's redirect with a short page and hands its query (code and state, or error) over. */
    private static void answerBrowser(HttpExchange exchange, CompletableFuture<Map<String, String>> redirected) throws IOException {
        Map<String, String> query = parse(exchange.getRequestURI().getRawQuery());
        byte[] page = ("<html><body><p>" + (query.containsKey("code") ? "Signed in to the EHR. You can close this tab and return to BedsideNeuro."
                : "The sign-in did not succeed. Return to BedsideNeuro.") + "</p></body></html>").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(200, page.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(page);
        }
        redirected.complete(query);
    }

    private Token token(Endpoints endpoints, String clientId, String redirect, String code, String verifier) throws InterruptedException {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        form.put("redirect_uri", redirect);
        form.put("client_id", clientId);
        form.put("code_verifier", verifier);
        HttpResponse<String> answer;
        try {
            answer = http.send(HttpRequest.newBuilder(endpoints.token()).timeout(timeout).header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(form(form))).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new EhrUnavailableException("The EHR's sign-in server cannot be reached (" + e.getClass().getSimpleName() + "). Nothing was changed.");
        }
        if (answer.statusCode() != 200) {
            throw new EhrUnavailableException("The EHR refused the sign-in (" + answer.statusCode() + "). Nothing was changed.");
        }
        try {
            JsonNode body = JSON.readTree(answer.body());
            String access = body.path("access_token").asText("");
            if (access.isEmpty()) {
                throw new EhrUnavailableException("The EHR's sign-in gave no access token. Nothing was changed.");
            }
            long seconds = body.path("expires_in").asLong(300);
            return new Token(access, clock.instant().plusSeconds(seconds));
        } catch (IOException e) {
            throw new EhrUnavailableException("The EHR's sign-in answered what is not JSON. Nothing was changed.");
        }
    }

    /** The PKCE S256 challenge of {@code verifier} (RFC 7636 section 4.2): BASE64URL(SHA-256(ASCII(verifier))), unpadded. */
    public static String challenge(String verifier) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** {@code bytes} random bytes as unpadded base64url (32 bytes: a 43-character PKCE verifier, RFC 7636 section 4.1). */
    private static String randomText(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    static String form(Map<String, String> values) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, String> v : values.entrySet()) {
            out.append(out.length() == 0 ? "" : "&").append(URLEncoder.encode(v.getKey(), StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(v.getValue(), StandardCharsets.UTF_8));
        }
        return out.toString();
    }

    static Map<String, String> parse(String rawQuery) {
        Map<String, String> values = new HashMap<>();
        if (rawQuery == null) {
            return values;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                values.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return values;
    }
}
