package org.bedsideneuro.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.bedsideneuro.domain.clinician.ClinicianId;
import org.bedsideneuro.domain.exam.Draft;
import org.bedsideneuro.domain.exam.ExamId;
import org.bedsideneuro.domain.patient.PatientId;

/** Drafts of forms being typed. Only their author reads them back. */
public final class DraftRepository {
    private static final String COLUMNS = "id, author_id, patient_id, form, amends, fields, saved_at";

    private final Session session;

    DraftRepository(Session session) {
        this.session = session;
    }

    /** Saves the draft, replacing its previous state (an upsert that runs on SQLite and PostgreSQL alike). */
    public void save(Draft d) throws SQLException {
        Sql.update(session.connection(), "INSERT INTO draft (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT (id) DO UPDATE SET fields = excluded.fields, saved_at = excluded.saved_at",
                d.id().toString(), d.author().toString(), d.patient().value(), d.form(), d.amends() == null ? null : d.amends().toString(),
                encode(d.fields()), Sql.millis(d.savedAt()));
    }

    public void delete(UUID id) throws SQLException {
        Sql.update(session.connection(), "DELETE FROM draft WHERE id = ?", id.toString());
    }

    public Optional<Draft> find(UUID id) throws SQLException {
        return Sql.one(session.connection(), "SELECT " + COLUMNS + " FROM draft WHERE id = ?", DraftRepository::map, id.toString());
    }

    /** The author's drafts, newest first. */
    public List<Draft> byAuthor(ClinicianId author) throws SQLException {
        return Sql.list(session.connection(), "SELECT " + COLUMNS + " FROM draft WHERE author_id = ? ORDER BY saved_at DESC",
                DraftRepository::map, author.toString());
    }

    private static Draft map(ResultSet rs) throws SQLException {
        String amends = rs.getString("amends");
        return new Draft(UUID.fromString(rs.getString("id")), ClinicianId.parse(rs.getString("author_id")), new PatientId(rs.getString("patient_id")),
                rs.getString("form"), amends == null ? null : ExamId.parse(amends), decode(rs.getString("fields")),
                Instant.ofEpochMilli(rs.getLong("saved_at")));
    }

    /** One "key=value" per line, with backslash escapes for backslash, newline and '='-free keys. */
    static String encode(Map<String, String> fields) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, String> e : fields.entrySet()) {
            out.append(escape(e.getKey())).append('=').append(escape(e.getValue() == null ? "" : e.getValue())).append('\n');
        }
        return out.toString();
    }

    static Map<String, String> decode(String text) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            int eq = indexOfUnescaped(line, '=');
            fields.put(unescape(line.substring(0, eq)), unescape(line.substring(eq + 1)));
        }
        return fields;
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("=", "\\e");
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                out.append(n == 'n' ? '\n' : n == 'r' ? '\r' : n == 'e' ? '=' : n);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static int indexOfUnescaped(String line, char target) {
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '\\') {
                i++;
            } else if (line.charAt(i) == target) {
                return i;
            }
        }
        return line.length();
    }
}
