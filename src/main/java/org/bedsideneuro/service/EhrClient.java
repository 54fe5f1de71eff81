package org.bedsideneuro.service;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bedsideneuro.domain.patient.PatientId;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;

/**
 * Reads one patient's record from the hospital's FHIR R4 server (shared/fhir-notes.md, "Reading from the hospital's
 * FHIR server"): the Patient by MRN, their Encounters, MedicationRequests with the Medications they name,
 * MedicationAdministrations and eGFR Observations, every page of each search, gathered into one collection Bundle for
 * {@link FhirImportService}. Read only: BedsideNeuro never writes to the EHR. Every request has a time-out; a server
 * that is down, slow or answers what is not FHIR ends in {@link EhrUnavailableException} with plain words.
 */
public final class EhrClient {
    private static final FhirContext R4 = FhirContext.forR4Cached();
    private static final String EGFR_CODES = String.join(",", "http://loinc.org|33914-3", "http://loinc.org|48642-3",
            "http://loinc.org|48643-1", "http://loinc.org|62238-1", "http://loinc.org|98979-8", "http://loinc.org|98980-6");
    /** A searchset of more pages than this is not one patient's record; stop rather than page for ever. */
    private static final int MOST_PAGES = 200;

    private final HttpClient http;
    private final Duration timeout;
    private final String bearerToken;

    /** @param bearerToken the SMART access token, or null for an open (test) server; kept in memory only */
    public EhrClient(Duration timeout, String bearerToken) {
        this.timeout = timeout;
        this.bearerToken = bearerToken;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** The patient's record on {@code server} as one collection Bundle; doses and lab values from {@code since}, if given. */
    public Bundle patientRecord(URI server, PatientId mrn, LocalDate since) {
        String base = server.toString().endsWith("/") ? server.toString() : server + "/";
        Patient patient = patient(base, mrn);
        String subject = "subject=" + encode("Patient/" + patient.getIdElement().getIdPart());
        Bundle record = new Bundle().setType(Bundle.BundleType.COLLECTION);
        Set<String> seen = new HashSet<>();
        add(record, seen, patient, base);
        for (String search : searches(subject, since)) {
            for (Resource r : search(base, search)) {
                add(record, seen, r, base);
            }
        }
        return record;
    }

    /**
     * What the server says it is (its CapabilityStatement, {@code GET metadata}): "FHIR 4.0.1, HAPI FHIR Server", for
     * a settings dialog's connection test. Reads nothing about any patient.
     */
    public String describe(URI server) {
        String base = server.toString().endsWith("/") ? server.toString() : server + "/";
        IBaseResource answer = fetch(base + "metadata");
        if (answer instanceof CapabilityStatement capabilities) {
            String software = capabilities.getSoftware().hasName() ? capabilities.getSoftware().getName() : "a FHIR server";
            String version = capabilities.hasFhirVersion() ? capabilities.getFhirVersion().toCode() : "unknown";
            if (!version.startsWith("4.0")) {
                throw new EhrUnavailableException("The EHR server speaks FHIR " + version + "; BedsideNeuro reads FHIR R4 (4.0.x).");
            }
            return software + ", FHIR " + version;
        }
        throw new EhrUnavailableException("The address answers, but not as a FHIR server (no CapabilityStatement at " + base + "metadata).");
    }

    private static List<String> searches(String subject, LocalDate since) {
        List<String> searches = new ArrayList<>();
        searches.add("Encounter?" + subject + "&status=in-progress");
        // Every order, however old: a dose since the date names the order it was given under.
        searches.add("MedicationRequest?" + subject + "&_include=MedicationRequest:medication");
        searches.add("MedicationAdministration?" + subject + (since == null ? "" : "&effective-time=ge" + since));
        searches.add("Observation?" + subject + "&code=" + encode(EGFR_CODES) + (since == null ? "" : "&date=ge" + since));
        return searches;
    }

    private static void add(Bundle record, Set<String> seen, Resource r, String base) {
        String key = r.fhirType() + "/" + r.getIdElement().getIdPart();
        if (seen.add(key)) {
            record.addEntry().setFullUrl(base + key).setResource(r);
        }
    }

    /** The one Patient whose MRN (identifier of type MR, or any identifier with that value) is {@code mrn}. */
    private Patient patient(String base, PatientId mrn) {
        List<Patient> found = new ArrayList<>();
        for (Resource r : search(base, "Patient?identifier=" + encode(mrn.value()))) {
            if (r instanceof Patient p && p.getIdentifier().stream().map(Identifier::getValue).anyMatch(mrn.value()::equals)) {
                found.add(p);
            }
        }
        if (found.isEmpty()) {
            throw new EhrPatientUnclearException("The EHR has no patient with MRN " + mrn.value() + ". Nothing was changed.");
        }
        if (found.size() > 1) {
            throw new EhrPatientUnclearException("The EHR has " + found.size() + " patients with MRN " + mrn.value()
                    + "; BedsideNeuro cannot tell which is this patient. Nothing was changed.");
        }
        return found.get(0);
    }

    /** Every resource of every page of a search (the searchset's own entries, included ones too). */
    private List<Resource> search(String base, String query) {
        List<Resource> out = new ArrayList<>();
        Optional<String> next = Optional.of(base + query + (query.contains("?") ? "&" : "?") + "_count=500");
        for (int page = 0; next.isPresent() && page < MOST_PAGES; page++) {
            Bundle bundle = get(next.get());
            bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource).filter(r -> r != null).forEach(out::add);
            next = Optional.ofNullable(bundle.getLink(Bundle.LINK_NEXT)).map(Bundle.BundleLinkComponent::getUrl);
        }
        return out;
    }

    private Bundle get(String url) {
        if (fetch(url) instanceof Bundle bundle) {
            return bundle;
        }
        throw new EhrUnavailableException("The EHR server's answer is not a FHIR R4 Bundle. Nothing was changed.");
    }

    private IBaseResource fetch(String url) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout).header("Accept", "application/fhir+json").GET();
        if (bearerToken != null) {
            request.header("Authorization", "Bearer " + bearerToken);
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw new EhrUnavailableException("The EHR server did not answer within " + timeout.toSeconds() + " s. Nothing was changed; try again later.");
        } catch (IOException e) {
            throw new EhrUnavailableException("The EHR server cannot be reached (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "). Nothing was changed.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EhrUnavailableException("The request to the EHR was interrupted. Nothing was changed.");
        }
        if (response.statusCode() == 401 || response.statusCode() == 403) {
            throw new EhrUnavailableException("The EHR server refused access (" + response.statusCode() + "): sign in again. Nothing was changed.");
        }
        if (response.statusCode() != 200) {
            throw new EhrUnavailableException("The EHR server answered " + response.statusCode() + " instead of the record. Nothing was changed.");
        }
        try {
            return R4.newJsonParser().parseResource(response.body());
        } catch (DataFormatException | IllegalArgumentException e) {
            throw new EhrUnavailableException("The EHR server's answer is not a FHIR R4 Bundle. Nothing was changed.");
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
