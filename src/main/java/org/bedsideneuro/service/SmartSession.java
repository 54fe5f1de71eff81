package org.bedsideneuro.service;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The EHR clients of one run of BedsideNeuro: an open server as it is; a server that publishes a SMART configuration
 * signed in to once ({@link SmartSignIn}), its token kept in this object's memory only, until it expires or the
 * program ends: never written to a file or the database. Safe from any thread; a sign-in blocks the calling (background)
 * thread while the clinician uses the browser.
 */
public final class SmartSession {
    private final SmartSignIn signIn;
    private final Duration timeout;
    private final String clientId;
    private final Consumer<URI> browser;
    private final Clock clock;
    private final Map<URI, SmartSignIn.Token> tokens = new ConcurrentHashMap<>();

    /**
     * @param clientId the client id the hospital registered for BedsideNeuro (a public client: no secret)
     * @param browser  opens the hospital's sign-in page (the system browser)
     */
    public SmartSession(SmartSignIn signIn, Duration timeout, String clientId, Consumer<URI> browser, Clock clock) {
        this.signIn = Objects.requireNonNull(signIn, "sign-in");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.clientId = Objects.requireNonNull(clientId, "client id");
        this.browser = Objects.requireNonNull(browser, "browser");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A client for {@code server}: signed in first when it asks for a sign-in and no valid token is held. */
    public EhrClient clientFor(URI server) {
        SmartSignIn.Token held = tokens.get(server);
        if (held != null && held.expires().isAfter(clock.instant().plusSeconds(30))) {
            return new EhrClient(timeout, held.accessToken());
        }
        tokens.remove(server);
        Optional<SmartSignIn.Endpoints> endpoints = signIn.discover(server);
        if (endpoints.isEmpty()) {
            return new EhrClient(timeout, null); // an open server: no sign-in
        }
        SmartSignIn.Token token = signIn.signIn(server, endpoints.get(), clientId, browser);
        tokens.put(server, token);
        return new EhrClient(timeout, token.accessToken());
    }

    /** Forgets every token (signing out; a lock of the window). */
    public void forget() {
        tokens.clear();
    }

    /** Whether a token for {@code server} is held (for tests: never its value). */
    public boolean signedIn(URI server) {
        return tokens.containsKey(server);
    }
}
