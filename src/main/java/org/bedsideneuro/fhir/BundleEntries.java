package org.bedsideneuro.fhir;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * The Bundle being built: adds each resource once under a urn:uuid fullUrl and hands out references to it.
 * Ids are name-based UUIDs of the domain identity (exam version, order, clinician, MRN), so exporting the same
 * record twice gives the same ids, and a reader can match a resource to the record it came from.
 */
final class BundleEntries {
    /** Always with seconds and the offset: FHIR dateTime requires seconds when a time is given. */
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX");

    final Bundle bundle = new Bundle();
    private final Map<String, Resource> byUrl = new HashMap<>();

    static String urn(UUID uuid) {
        return "urn:uuid:" + uuid;
    }

    /** A stable UUID for a name ("exam:…/strength.ankle_dorsiflexion.L"). */
    static String urn(String name) {
        return urn(UUID.nameUUIDFromBytes(("bedsideneuro-fhir:" + name).getBytes(StandardCharsets.UTF_8)));
    }

    boolean has(String fullUrl) {
        return byUrl.containsKey(fullUrl);
    }

    Optional<Resource> get(String fullUrl) {
        return Optional.ofNullable(byUrl.get(fullUrl));
    }

    /** Adds the resource (once) and returns its fullUrl, which is also what references point to. */
    String add(String fullUrl, Resource resource) {
        if (byUrl.putIfAbsent(fullUrl, resource) == null) {
            bundle.addEntry().setFullUrl(fullUrl).setResource(resource);
        }
        return fullUrl;
    }

    static Reference ref(String fullUrl, String display) {
        Reference r = new Reference(fullUrl);
        if (display != null && !display.isBlank()) {
            r.setDisplay(display);
        }
        return r;
    }

    /** A reference by identifier, for a record that is not in this Bundle (outside the period, or superseded). */
    static Reference byIdentifier(String system, String value, String display) {
        return new Reference().setIdentifier(new Identifier().setSystem(system).setValue(value)).setDisplay(display);
    }

    static DateTimeType dateTime(OffsetDateTime at) {
        return new DateTimeType(DATE_TIME.format(at));
    }

    static DateTimeType date(LocalDate day) {
        return new DateTimeType(day.toString());
    }

    static CodeableConcept concept(String system, String code, String display) {
        return new CodeableConcept().addCoding(new Coding(system, code, display)).setText(display);
    }

    /** An external code without a display (see FhirCodes), its meaning in the text. */
    static Coding external(String system, String code) {
        return new Coding().setSystem(system).setCode(code);
    }
}
