package org.bedsideneuro.persistence;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bedsideneuro.domain.account.AccessAction;
import org.bedsideneuro.domain.account.Account;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.exam.TimeOrderedUuid;
import org.bedsideneuro.domain.patient.PatientId;

/**
 * The append-only access log (V5): opening a patient, printing or exporting a summary, exporting data, logins and
 * locks (HIPAA 45 CFR 164.312(b)). The window calls {@link #record}; nothing here updates or
 * deletes a row. Details never carry a password.
 */
public final class AccessLog {
    private final Session session;

    AccessLog(Session session) {
        this.session = session;
    }

    /**
     * Records that {@code who} did {@code action} (on {@code patient}, or null for the ward or a login). The login
     * name is the account's, or the clinician's display name for the command line's {@code os:USER}.
     */
    public void record(Clinician who, AccessAction action, PatientId patient, String detail) throws SQLException {
        String login = session.accounts().find(who.id()).map(Account::login).map(Object::toString).orElse(who.displayName());
        insert(who, login, action, patient, detail);
    }

    /** A failed login under a name that may have no account: the typed name is kept, never the password. */
    public void recordFailedLogin(String typedLogin, Clinician account, String detail) throws SQLException {
        String login = typedLogin == null ? "" : typedLogin.strip();
        insert(account, login.length() > 100 ? login.substring(0, 100) : login, AccessAction.LOGIN_FAILED, null, detail);
    }

    /**
     * A restore, written into the database just restored. The backup may predate the person's account, so the row
     * names the clinician only when the restored database knows them, and always keeps their login.
     */
    public void recordRestore(Clinician who, String login, String detail) throws SQLException {
        Clinician known = session.clinicians().find(who.id()).isPresent() ? who : null;
        insert(known, login, AccessAction.RESTORE, null, detail);
    }

    private void insert(Clinician who, String login, AccessAction action, PatientId patient, String detail) throws SQLException {
        String id = TimeOrderedUuid.next().toString();
        String patientId = patient == null ? null : patient.value();
        session.chain().write("access", id, patientId,
                "INSERT INTO access_log (id, at, clinician_id, login, action, patient_id, detail) VALUES (?, ?, ?, ?, ?, ?, ?)",
                id, Sql.millis(session.now()), who == null ? null : who.id().toString(), login, action.code(),
                patientId, detail == null ? "" : detail);
    }

    /**
     * {@link #find} for a person in the window: only an administrator reads the access log there (* HIPAA 45 CFR 164.308(a)(1)(ii)(D), information system activity review). The command line's {@code access-log}
     * runs as the operating-system user who can read the file anyway.
     */
    public List<AccessEntry> findAsAdministrator(Clinician reader, PatientId patient, String login, Instant from, Instant to) throws SQLException {
        session.accounts().requireAdministrator(reader);
        return find(patient, login, from, to);
    }

    /** Entries matching every given filter (null: any), oldest first; {@code to} is exclusive. */
    public List<AccessEntry> find(PatientId patient, String login, Instant from, Instant to) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT a.at, a.login, a.action, a.patient_id, a.detail, c.display_name AS c_name"
                + " FROM access_log a LEFT JOIN clinician c ON c.id = a.clinician_id WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (patient != null) {
            sql.append(" AND a.patient_id = ?");
            params.add(patient.value());
        }
        if (login != null) {
            sql.append(" AND lower(a.login) = lower(?)");
            params.add(login.strip());
        }
        if (from != null) {
            sql.append(" AND a.at >= ?");
            params.add(Sql.millis(from));
        }
        if (to != null) {
            sql.append(" AND a.at < ?");
            params.add(Sql.millis(to));
        }
        sql.append(" ORDER BY a.at, a.id");
        return Sql.list(session.connection(), sql.toString(), rs -> new AccessEntry(Instant.ofEpochMilli(rs.getLong("at")),
                rs.getString("login"), rs.getString("c_name"), AccessAction.parse(rs.getString("action")), rs.getString("patient_id"),
                rs.getString("detail")), params.toArray());
    }
}
