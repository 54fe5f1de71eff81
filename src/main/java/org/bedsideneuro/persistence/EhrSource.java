package org.bedsideneuro.persistence;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import org.bedsideneuro.domain.patient.PatientId;

/**
 * One version of one EHR resource and the record it became (V12): {@code server} is the FHIR base address,
 * {@code version} the resource's version id ("" when the server sends none), {@code recordKind} one of
 * {@link #PATIENT}, {@link #ORDER}, {@link #ADMINISTRATION}, {@link #EXAM}.
 */
public record EhrSource(String server, String resourceType, String resourceId, String version, PatientId patient, String recordKind,
                        String recordId, Instant importedAt) {
    public static final String PATIENT = "patient";
    public static final String ORDER = "order";
    public static final String ADMINISTRATION = "administration";
    public static final String EXAM = "exam";

    public EhrSource {
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(resourceType, "resource type");
        Objects.requireNonNull(resourceId, "resource id");
        version = version == null ? "" : version;
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(recordId, "record id");
        if (!Set.of(PATIENT, ORDER, ADMINISTRATION, EXAM).contains(recordKind)) {
            throw new IllegalArgumentException("'" + recordKind + "' is not a kind of record BedsideNeuro imports");
        }
    }

    /** "https://ehr.example/fhir/MedicationAdministration/42 version 3", as the record's page says it. */
    public String describe() {
        return (server.endsWith("/") ? server : server + "/") + resourceType + "/" + resourceId + (version.isEmpty() ? "" : " version " + version);
    }
}
