package org.bedsideneuro.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.clinician.ClinicianId;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.domain.finding.Coded;

/** Clinicians: found by id, or by name and role (the seam until real accounts replace it). */
public final class ClinicianRepository {
    static final String COLUMNS = "c.id AS c_id, c.display_name AS c_name, c.role AS c_role";

    private final Session session;

    ClinicianRepository(Session session) {
        this.session = session;
    }

    static Clinician map(ResultSet rs) throws SQLException {
        return map(rs, "c_");
    }

    static Clinician map(ResultSet rs, String prefix) throws SQLException {
        return new Clinician(ClinicianId.parse(rs.getString(prefix + "id")), rs.getString(prefix + "name"),
                Coded.parse(Role.class, rs.getString(prefix + "role"), "role"));
    }

    public Optional<Clinician> find(ClinicianId id) throws SQLException {
        return Sql.one(session.connection(), "SELECT " + COLUMNS + " FROM clinician c WHERE c.id = ?", ClinicianRepository::map, id.toString());
    }

    public Optional<Clinician> find(String displayName, Role role) throws SQLException {
        return Sql.one(session.connection(), "SELECT " + COLUMNS + " FROM clinician c WHERE c.display_name = ? AND c.role = ?",
                ClinicianRepository::map, displayName.strip(), role.code());
    }

    public List<Clinician> all() throws SQLException {
        return Sql.list(session.connection(), "SELECT " + COLUMNS + " FROM clinician c ORDER BY c.display_name, c.role", ClinicianRepository::map);
    }

    /** The clinician with this name and role, created on first use. */
    public Clinician findOrCreate(String displayName, Role role) throws SQLException {
        Optional<Clinician> existing = find(displayName, role);
        if (existing.isPresent()) {
            return existing.get();
        }
        Clinician created = Clinician.create(displayName, role);
        insert(created);
        return created;
    }

    /**
     * Makes sure this clinician is stored: returns the stored one with the same id, or with the same name and role,
     * or stores this one.
     */
    public Clinician ensure(Clinician clinician) throws SQLException {
        Optional<Clinician> byId = find(clinician.id());
        if (byId.isPresent()) {
            return byId.get();
        }
        Optional<Clinician> byName = find(clinician.displayName(), clinician.role());
        if (byName.isPresent()) {
            return byName.get();
        }
        insert(clinician);
        return clinician;
    }

    private void insert(Clinician c) throws SQLException {
        Sql.update(session.connection(), "INSERT INTO clinician (id, display_name, role, created_at) VALUES (?, ?, ?, ?)",
                c.id().toString(), c.displayName(), c.role().code(), Sql.millis(session.now()));
        session.audit().record(c, "create", "clinician", c.id().toString(), null, c.signature());
    }
}
