package org.bedsideneuro.persistence;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** What `check` reports: which database, its schema version, the integrity check result and the row counts. */
public record CheckReport(String databaseKind, String url, int schemaVersion, String integrity, Map<String, Long> counts) {
    public CheckReport {
        counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
    }

    public boolean healthy() {
        return "ok".equals(integrity);
    }
}
