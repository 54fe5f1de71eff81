package org.bedsideneuro.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each database's errors put in words by its own dialect: what the person at the bedside reads instead of a trace. */
class DialectExplainsErrorsTest {
    private final Dialect server = new PostgresDialect("nurse", "not-used");
    private final Dialect file = new SqliteDialect();

    @TempDir
    Path dir;

    @Test
    void aCutConnectionToTheServerIsSaidAsSuchAndIsWorthOneNewConnection() {
        SQLException cut = new SQLException("An I/O error occurred while sending to the backend.", "08006");
        DatabaseException explained = server.explain(cut, null);
        assertThat(explained.reason()).isEqualTo(DatabaseException.Reason.CANNOT_OPEN);
        assertThat(explained.getMessage()).startsWith("The connection to the ward server was lost").contains("never stored twice");
        assertThat(server.isConnectionLost(cut)).isTrue();
        assertThat(server.isConnectionLost(new SQLException("duplicate key", "23505"))).isFalse();
        assertThat(file.isConnectionLost(cut)).as("a file has no connection to lose").isFalse();
    }

    @Test
    void aRefusedRightAndAFullServerDiskSayWhoToAsk() {
        assertThat(server.explain(new SQLException("permission denied for table exam", "42501"), null).getMessage())
                .isEqualTo("The ward server does not allow this (permission denied for table exam). Nothing was saved; ask IT.");
        assertThat(server.explain(new SQLException("could not extend file", "53100"), null).getMessage())
                .isEqualTo("The ward server's disk is full. Nothing was saved; tell IT.");
    }

    @Test
    void aDamagedFileAndAFullDiskOnThisComputerAreToldApart() {
        Path db = dir.resolve("ward.db");
        DatabaseException damaged = file.explain(new SQLException("[SQLITE_CORRUPT] The database disk image is malformed"), db);
        assertThat(damaged.reason()).isEqualTo(DatabaseException.Reason.DAMAGED);
        assertThat(damaged.getMessage()).contains("damaged", "Restore the last backup");
        DatabaseException full = file.explain(new SQLException("[SQLITE_FULL] Insertion failed because database is full"), db);
        assertThat(full.getMessage()).doesNotContain("damaged").containsIgnoringCase("full");
    }

    @Test
    void anythingElseKeepsTheDatabasesOwnWordsBehindAPlainPrefix() {
        assertThat(server.explain(new SQLException("syntax error at or near", "42601"), null).getMessage())
                .isEqualTo("Database error: syntax error at or near");
        assertThat(file.explain(new SQLException("[SQLITE_ERROR] no such table: x"), dir.resolve("w.db")).getMessage())
                .isEqualTo("Database error: [SQLITE_ERROR] no such table: x");
    }
}
