package org.bedsideneuro.service;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.model.api.Include;
import ca.uhn.fhir.model.api.ResourceMetadataKeyEnum;
import ca.uhn.fhir.model.valueset.BundleEntrySearchModeEnum;
import ca.uhn.fhir.rest.annotation.IncludeParam;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenOrListParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.FifoMemoryPagingProvider;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.RestfulServer;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.MedicationAdministration;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * A real FHIR R4 server for the tests (shared/fhir-notes.md: HAPI's RestfulServer inside Jetty 12 on 127.0.0.1, a
 * free port), holding synthetic resources in memory: Patient by identifier, and each patient's Encounters,
 * MedicationRequests (their Medications included), MedicationAdministrations and Observations, paged. It can be told
 * to fail: answer 500, or hang; and to want a SMART sign-in, with a stub authorisation server (PKCE S256) beside it.
 */
public final class TestEhrServer implements AutoCloseable {
    private final List<Resource> resources = new CopyOnWriteArrayList<>();
    private final Server jetty;
    private volatile Failure failure = Failure.NONE;
    /** When set, the FHIR endpoints answer 401 without a token this server issued, and SMART sign-in is offered. */
    private volatile boolean signInRequired;
    /** Codes given at authorize: the PKCE challenge each was given for. */
    private final Map<String, String> challenges = new ConcurrentHashMap<>();
    private final Set<String> issued = ConcurrentHashMap.newKeySet();
    private final List<String> tokenRequests = new CopyOnWriteArrayList<>();

    public TestEhrServer() throws Exception {
        RestfulServer fhir = new RestfulServer(FhirContext.forR4Cached()) {
            @Override
            protected void service(HttpServletRequest request, HttpServletResponse response) throws jakarta.servlet.ServletException, IOException {
                switch (failure) {
                    case ERROR_500 -> response.sendError(500, "synthetic failure");
                    case HANG -> {
                        try {
                            Thread.sleep(4_000); // longer than the client waits
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                    case GARBAGE -> {
                        response.setContentType("text/html");
                        response.getWriter().write("<html>maintenance</html>");
                    }
                    case NONE -> {
                        String auth = request.getHeader("Authorization");
                        if (signInRequired && (auth == null || !auth.startsWith("Bearer ") || !issued.contains(auth.substring(7)))) {
                            response.sendError(401, "sign in first");
                        } else {
                            super.service(request, response);
                        }
                    }
                }
            }
        };
        fhir.setResourceProviders(new PatientSearch(), new BySubject<>(Encounter.class), new RequestSearch(), new BySubject<>(MedicationAdministration.class),
                new BySubject<>(Observation.class));
        fhir.setPagingProvider(new FifoMemoryPagingProvider(20));
        fhir.setDefaultPageSize(200);
        jetty = new Server();
        ServerConnector connector = new ServerConnector(jetty);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        jetty.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.addServlet(new ServletHolder(fhir), "/fhir/*");
        context.addServlet(new ServletHolder(new SmartConfiguration()), "/fhir/.well-known/*");
        context.addServlet(new ServletHolder(new StubAuthorisation()), "/auth/*");
        jetty.setHandler(context);
        jetty.start();
    }

    public enum Failure { NONE, ERROR_500, HANG, GARBAGE }

    public URI base() {
        return URI.create("http://127.0.0.1:" + ((ServerConnector) jetty.getConnectors()[0]).getLocalPort() + "/fhir");
    }

    public void add(Resource... rs) {
        resources.addAll(List.of(rs));
    }

    /** Puts {@code r} in place of the resource of the same type and id (a new version on the server). */
    public void replace(Resource r) {
        resources.removeIf(old -> old.fhirType().equals(r.fhirType()) && old.getIdElement().getIdPart().equals(r.getIdElement().getIdPart()));
        resources.add(r);
    }

    /** The resource of this type and id on the server. */
    public <T extends Resource> T get(Class<T> type, String id) {
        return of(type).stream().filter(r -> r.getIdElement().getIdPart().equals(id)).findFirst().orElseThrow();
    }

    /** From now on the FHIR endpoints want a token from this server's stub SMART sign-in. */
    public void requireSignIn() {
        signInRequired = true;
    }

    /** The tokens this server issued (for tests that look for them where they must not be). */
    public Set<String> issuedTokens() {
        return Set.copyOf(issued);
    }

    /** The form bodies of every token request, as received. */
    public List<String> tokenRequests() {
        return List.copyOf(tokenRequests);
    }

    public void fail(Failure f) {
        failure = f;
    }

    @Override
    public void close() throws Exception {
        jetty.stop();
    }

    /** {@code .well-known/smart-configuration}: the stub's endpoints, PKCE S256 only; 404 while no sign-in is required. */
    final class SmartConfiguration extends HttpServlet {
        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            if (!signInRequired || !"/smart-configuration".equals(request.getPathInfo())) {
                response.sendError(404);
                return;
            }
            String root = "http://127.0.0.1:" + ((ServerConnector) jetty.getConnectors()[0]).getLocalPort() + "/auth/";
            response.setContentType("application/json");
            response.getWriter().write("{\"authorization_endpoint\": \"" + root + "authorize\", \"token_endpoint\": \"" + root + "token\","
                    + " \"code_challenge_methods_supported\": [\"S256\"], \"capabilities\": [\"launch-standalone\", \"client-public\"]}");
        }
    }

    /**
     * A stub authorisation server: authorize redirects at once (no page, no password: the test plays the browser) with
     * a code to the loopback redirect; token gives a token only for that code and the verifier whose S256 challenge
     * authorize was given.
     */
    final class StubAuthorisation extends HttpServlet {
        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            if (!"/authorize".equals(request.getPathInfo()) || !"S256".equals(request.getParameter("code_challenge_method"))
                    || request.getParameter("code_challenge") == null || !request.getParameter("redirect_uri").startsWith("http://127.0.0.1:")) {
                response.sendError(400, "invalid_request");
                return;
            }
            String code = UUID.randomUUID().toString();
            challenges.put(code, request.getParameter("code_challenge"));
            response.sendRedirect(request.getParameter("redirect_uri") + "?code=" + code + "&state="
                    + URLEncoder.encode(request.getParameter("state"), StandardCharsets.UTF_8));
        }

        @Override
        protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
            String code = request.getParameter("code");
            String verifier = request.getParameter("code_verifier");
            tokenRequests.add("code=" + code + "&code_verifier=" + verifier);
            String challenge = code == null ? null : challenges.remove(code);
            if (!"/token".equals(request.getPathInfo()) || challenge == null || verifier == null || !challenge.equals(SmartSignIn.challenge(verifier))) {
                response.setStatus(400);
                response.setContentType("application/json");
                response.getWriter().write("{\"error\": \"invalid_grant\"}");
                return;
            }
            String token = "tok-" + UUID.randomUUID();
            issued.add(token);
            response.setContentType("application/json");
            response.getWriter().write("{\"access_token\": \"" + token + "\", \"token_type\": \"Bearer\", \"expires_in\": 3600,"
                    + " \"scope\": \"" + SmartSignIn.SCOPES + "\"}");
        }
    }

    private <T extends Resource> List<T> of(Class<T> type) {
        return resources.stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static boolean about(Resource r, ReferenceParam subject) {
        Reference ref = null;
        if (r instanceof Encounter e) {
            ref = e.getSubject();
        } else if (r instanceof MedicationRequest m) {
            ref = m.getSubject();
        } else if (r instanceof MedicationAdministration m) {
            ref = m.getSubject();
        } else if (r instanceof Observation o) {
            ref = o.getSubject();
        }
        return ref != null && ref.getReferenceElement().getIdPart().equals(subject.getIdPart());
    }

    final class PatientSearch implements IResourceProvider {
        @Override
        public Class<Patient> getResourceType() {
            return Patient.class;
        }

        @Search
        public List<Patient> byIdentifier(@RequiredParam(name = Patient.SP_IDENTIFIER) TokenParam identifier) {
            return of(Patient.class).stream().filter(p -> p.getIdentifier().stream().anyMatch(i -> i.getValue().equals(identifier.getValue()))).toList();
        }
    }

    /** One patient's resources of a type; the other parameters the client sends are accepted and not filtered on. */
    final class BySubject<T extends Resource> implements IResourceProvider {
        private final Class<T> type;

        BySubject(Class<T> type) {
            this.type = type;
        }

        @Override
        public Class<T> getResourceType() {
            return type;
        }

        @Search
        public List<T> bySubject(@RequiredParam(name = "subject") ReferenceParam subject, @OptionalParam(name = "status") TokenParam status,
                                 @OptionalParam(name = "code") TokenOrListParam code, @OptionalParam(name = "date") DateRangeParam date,
                                 @OptionalParam(name = "effective-time") DateRangeParam effective) {
            return of(type).stream().filter(r -> about(r, subject)).toList();
        }
    }

    /** MedicationRequests, with the Medications they name when _include asks for them. */
    final class RequestSearch implements IResourceProvider {
        @Override
        public Class<MedicationRequest> getResourceType() {
            return MedicationRequest.class;
        }

        @Search
        public List<IBaseResource> bySubject(@RequiredParam(name = "subject") ReferenceParam subject, @IncludeParam(allow = "MedicationRequest:medication") Set<Include> include) {
            List<IBaseResource> out = new ArrayList<>();
            for (MedicationRequest m : of(MedicationRequest.class)) {
                if (about(m, subject)) {
                    out.add(m);
                }
            }
            if (include != null && !include.isEmpty()) {
                for (Medication med : of(Medication.class)) {
                    ResourceMetadataKeyEnum.ENTRY_SEARCH_MODE.put(med, BundleEntrySearchModeEnum.INCLUDE);
                    out.add(med);
                }
            }
            return out;
        }
    }
}
