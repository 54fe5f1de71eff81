package org.bedsideneuro.ui.ehr;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * The EHR server's FHIR base address as typed in the settings: https, or plain http only on this computer itself (a
 * test server), because the record travels over it and a bearer token with it.
 */
final class EhrServerAddress {
    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "[::1]", "::1");

    private EhrServerAddress() {
    }

    /** The address, or an IllegalArgumentException whose message says what is wrong in plain words. */
    static URI parse(String text) {
        String typed = text == null ? "" : text.strip();
        if (typed.isEmpty()) {
            throw new IllegalArgumentException("Enter the EHR's FHIR address, e.g. https://ehr.hospital.example/fhir (IT has it).");
        }
        URI uri;
        try {
            uri = new URI(typed);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'" + typed + "' is not a web address; it looks like https://ehr.hospital.example/fhir.");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new IllegalArgumentException("An EHR address starts with https:// , e.g. https://ehr.hospital.example/fhir.");
        }
        if (scheme.equals("http") && !LOOPBACK.contains(uri.getHost().toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("The EHR is read over https only: patient records and sign-in tokens must not cross the network"
                    + " unencrypted (plain http is accepted for a test server on this computer).");
        }
        return uri;
    }
}
