package org.bedsideneuro.exchange;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.persistence.Session;

/**
 * The clinicians an import names, by name and role: findings.csv's recorded_by and administrations.csv's given_by
 * (the same nurse in both is one clinician). Each is looked up once per import rather than once per exam or dose
 *, and created, in the import's transaction, only when the import writes.
 */
final class ImportClinicians {
    private final Session session;
    private final Map<String, Optional<Clinician>> byNameAndRole = new HashMap<>();

    ImportClinicians(Session session) {
        this.session = session;
    }

    /** The stored clinician with this name and role, if there is one. */
    Optional<Clinician> find(String name, Role role) throws SQLException {
        String key = key(name, role);
        Optional<Clinician> found = byNameAndRole.get(key);
        if (found == null) {
            found = session.clinicians().find(name, role);
            byNameAndRole.put(key, found);
        }
        return found;
    }

    /** The stored clinician with this name and role, stored now if there is none. */
    Clinician findOrCreate(String name, Role role) throws SQLException {
        Optional<Clinician> found = find(name, role);
        if (found.isPresent()) {
            return found.get();
        }
        Clinician created = session.clinicians().findOrCreate(name, role);
        byNameAndRole.put(key(name, role), Optional.of(created));
        return created;
    }

    private static String key(String name, Role role) {
        return name.strip() + '\u0000' + role.code();
    }
}
