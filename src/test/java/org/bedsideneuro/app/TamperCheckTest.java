package org.bedsideneuro.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check} names the first record altered with plain SQL, exits with 3 and leaves the file as it was. */
class TamperCheckTest {
    @TempDir
    Path dir;

    record Result(int code, String out, String err) {
    }

    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), db -> ExitCode.OK);
        return new Result(code, out.toString(), err.toString());
    }

    private String sql(Path db, String statement, String query) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            String found = null;
            if (query != null) {
                try (ResultSet rs = st.executeQuery(query)) {
                    rs.next();
                    found = rs.getString(1);
                }
            }
            if (statement != null) {
                st.executeUpdate(statement.replace("?", found == null ? "" : found));
            }
            return found;
        }
    }

    @Test
    void changedInsertedAndDeletedRowsAreNamedWithExitCodeThreeAndTheFileUnchanged() throws Exception {
        Path db = dir.resolve("ward.db");
        assertThat(run("--db", db.toString(), "demo").code()).isZero();
        Result clean = run("--db", db.toString(), "check");
        assertThat(clean.code()).as(clean.err()).isZero();
        assertThat(clean.out()).contains("Hash chain:        ok");

        String examId = sql(db, "UPDATE finding SET note = 'edited' WHERE exam_id = '?'", "SELECT exam_id FROM finding ORDER BY exam_id LIMIT 1");
        String patient = sql(db, null, "SELECT patient_id FROM exam WHERE id = '" + examId + "'");
        byte[] before = Files.readAllBytes(db);
        Result changed = run("--db", db.toString(), "check");
        assertThat(changed.code()).isEqualTo(ExitCode.DATABASE);
        assertThat(changed.err()).contains("exam record " + examId, "of patient " + patient, "changed outside", "Nothing was changed");
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
        sql(db, "UPDATE finding SET note = '' WHERE exam_id = '" + examId + "'", null);
        assertThat(run("--db", db.toString(), "check").code()).isZero();

        String orderId = sql(db, "DELETE FROM medication_order WHERE id = '?'", "SELECT id FROM medication_order ORDER BY id LIMIT 1");
        Result deleted = run("--db", db.toString(), "check");
        assertThat(deleted.code()).isEqualTo(ExitCode.DATABASE);
        assertThat(deleted.err()).contains("order record " + orderId, "deleted outside");
    }

    @Test
    void aRowInsertedWithPlainSqlIsNamed() throws Exception {
        Path db = dir.resolve("ward.db");
        assertThat(run("--db", db.toString(), "demo").code()).isZero();
        sql(db, "INSERT INTO exam_void (exam_id, voided_at, voided_by, reason) SELECT id, 0, recorded_by, 'forged' FROM exam"
                + " WHERE id = '?'", "SELECT id FROM exam ORDER BY id LIMIT 1");
        Result inserted = run("--db", db.toString(), "check");
        assertThat(inserted.code()).isEqualTo(ExitCode.DATABASE);
        assertThat(inserted.err()).contains("void record", "inserted outside the app", "of patient ");
    }
}
