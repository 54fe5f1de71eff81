package org.bedsideneuro.fhir;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hl7.fhir.r4.model.Resource;

/**
 * Where a resource of a bundle lives on its server: the FHIR base address (from the entry's absolute fullUrl), its
 * type, id and version (meta.versionId, or the version part of its id; "" when the server sends none). A resource
 * without an absolute http(s) fullUrl (a file BedsideNeuro exported, with urn:uuid references) has no origin.
 */
public record FhirOrigin(String server, String type, String id, String version) {
    private static final Pattern FULL_URL = Pattern.compile("^(https?://.+?)/([A-Z][A-Za-z]+)/([A-Za-z0-9\\-.]{1,64})(/_history/.*)?$");

    static Optional<FhirOrigin> of(String fullUrl, Resource r) {
        if (fullUrl == null) {
            return Optional.empty();
        }
        Matcher m = FULL_URL.matcher(fullUrl);
        if (!m.matches() || !m.group(2).equals(r.fhirType())) {
            return Optional.empty();
        }
        String version = r.getMeta().hasVersionId() ? r.getMeta().getVersionId()
                : r.getIdElement().hasVersionIdPart() ? r.getIdElement().getVersionIdPart() : "";
        return Optional.of(new FhirOrigin(m.group(1), m.group(2), m.group(3), version));
    }

    /** {@code MedicationAdministration/42}, as problems and the preview name a resource. */
    public String name() {
        return type + "/" + id;
    }
}
