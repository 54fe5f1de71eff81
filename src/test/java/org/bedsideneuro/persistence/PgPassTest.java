package org.bedsideneuro.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PgPassTest {
    private final DatabaseLocation.PostgresServer ward =
            (DatabaseLocation.PostgresServer) DatabaseLocation.parse("postgresql://nurse@ward-server:5433/bedside_neuro?sslmode=verify-full");

    @Test
    void theUriIsParsedWithDefaultsAndTlsAndWithoutAnyPassword() {
        assertThat(ward.host()).isEqualTo("ward-server");
        assertThat(ward.port()).isEqualTo(5433);
        assertThat(ward.user()).isEqualTo("nurse");
        assertThat(ward.jdbcUrl()).isEqualTo("jdbc:postgresql://ward-server:5433/bedside_neuro?sslmode=verify-full");
        var plain = (DatabaseLocation.PostgresServer) DatabaseLocation.parse("postgresql://ward-server/bn");
        assertThat(plain.port()).isEqualTo(5432);
        assertThat(plain.user()).isEqualTo(System.getProperty("user.name"));
        assertThat(DatabaseLocation.parse("ward.db")).isInstanceOf(DatabaseLocation.SqliteFile.class);
    }

    @Test
    void aPasswordOrAnUnknownParameterInTheUriIsRefused() {
        assertThatThrownBy(() -> DatabaseLocation.parse("postgresql://nurse:secret@ward-server/bn"))
                .hasMessageContaining("never given on the command line").hasMessageNotContaining("secret");
        assertThatThrownBy(() -> DatabaseLocation.parse("postgresql://ward-server/bn?password=x")).hasMessageContaining("unknown parameter");
        assertThatThrownBy(() -> DatabaseLocation.parse("postgresql://ward-server/bn?sslmode=sometimes")).hasMessageContaining("sslmode");
        assertThatThrownBy(() -> DatabaseLocation.parse("postgresql://ward-server/")).hasMessageContaining("database name");
    }

    @Test
    void theFirstMatchingLineWinsWithWildcardsAndEscapes() {
        List<String> lines = List.of(
                "# comment",
                "other-host:*:*:nurse:wrong",
                "ward-server:5432:*:nurse:wrong-port",
                "ward-server:5433:bedside_neuro:doctor:wrong-user",
                "ward-server:*:bedside_neuro:nurse:pa\\:ss\\\\word",
                "*:*:*:*:too-late");
        assertThat(PgPass.match(lines, ward)).contains("pa:ss\\word");
        assertThat(PgPass.match(List.of("*:*:*:*:any"), ward)).contains("any");
        assertThat(PgPass.match(List.of("ward-server:5433:bedside_neuro"), ward)).isEmpty(); // malformed
        assertThat(PgPass.match(List.of("ward\\:server:5433:bedside_neuro:nurse:x"), ward)).isEmpty();
    }

    @Test
    void pgpassfileAndPgpasswordAreHonoured() throws Exception {
        Path file = Files.createTempFile("pgpass", "");
        Files.writeString(file, "*:*:*:nurse:from-file\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        assertThat(PgPass.lookup(ward, Map.of("PGPASSFILE", file.toString()), null)).contains("from-file");
        assertThat(PgPass.lookup(ward, Map.of("PGPASSFILE", file.toString(), "PGPASSWORD", "env"), null)).contains("env");
        assertThat(PgPass.lookup(ward, Map.of(), null)).isEmpty();
    }
}
