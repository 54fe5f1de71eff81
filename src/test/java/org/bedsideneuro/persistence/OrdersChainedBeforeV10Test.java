package org.bedsideneuro.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.clinician.ClinicianId;
import org.bedsideneuro.domain.regimen.Indication;
import org.bedsideneuro.domain.regimen.MedicationOrder;
import org.bedsideneuro.domain.regimen.OrderId;
import org.bedsideneuro.domain.regimen.OrderKind;
import org.bedsideneuro.domain.regimen.TrialOutcome;
import org.bedsideneuro.testdb.Backend;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A ward's database from before order kinds (schema 9), its orders chained as that version hashed them, upgraded to
 * V10: the chain still verifies, the orders read back as scheduled with no indication or outcome, and writes after the
 * upgrade chain on from there.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class OrdersChainedBeforeV10Test {
    /**
     * The content hash schema 9 gave the stopped morphine order below, computed by that version's code: V10 must give the
     * same, or every order on every ward would read as changed outside the app after the upgrade.
     */
    private static final String STOPPED_MORPHINE_HASH_AT_V9 = "2036086ba4344598e45b0454d77cc96df9948c8f82b7f2b09313626de7452850";
    private static final String ADA = "0c1a1c1a-0000-4000-8000-000000000001";
    private static final String MORPHINE = "00000000-0000-4000-8000-000000000009";
    private static final String FENTANYL = "00000000-0000-4000-8000-000000000010";
    private static final String MRN = "SYN-009";

    @Parameter
    Backend backend;

    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-03-02T12:00:00Z"), ZoneOffset.UTC);
    private Database db;

    @AfterEach
    void close() {
        if (db != null) {
            db.close();
        }
    }

    @Test
    void ordersChainedBeforeTheUpgradeStillVerifyAfterIt() throws Exception {
        DatabaseLocation location = backend.emptyLocation(dir, "ward");
        atSchema9(location);
        try (Connection c = Backend.raw(location)) {
            writeAsSchema9Did(c);
        }

        db = Database.open(location, clock);

        assertThat(db.<Integer>read(s -> SchemaGate.storedSchemaVersion(s.connection()))).isEqualTo(Database.SCHEMA_VERSION);
        assertThat(db.<Optional<ChainProblem>>read(s -> s.chain().verify())).isEmpty();
        assertThat(db.<String>read(s -> ChainedTables.one(s.connection(), ChainedTables.byEntity("order"), MORPHINE).contentHash()))
                .isEqualTo(STOPPED_MORPHINE_HASH_AT_V9);
        List<MedicationOrder> orders = db.read(s -> s.medications().all());
        assertThat(orders).hasSize(2).allSatisfy(o -> {
            assertThat(o.kind()).isEqualTo(OrderKind.SCHEDULED);
            assertThat(o.indication()).isEqualTo(Indication.NOT_RECORDED);
            assertThat(o.outcome()).isNull();
        });

        Clinician ada = db.read(s -> s.clinicians().find(ClinicianId.parse(ADA))).orElseThrow();
        db.write(s -> {
            s.medications().stop(OrderId.parse(FENTANYL), OffsetDateTime.parse("2026-03-02T09:00:00+01:00"), TrialOutcome.EFFECTIVE, ada);
            return null;
        });
        assertThat(db.awaitSealed(Duration.ofMinutes(2))).isTrue();
        assertThat(db.<Optional<ChainProblem>>read(s -> s.chain().verify())).as("an order stopped after the upgrade, with its outcome").isEmpty();
    }

    @Test
    void theOrderContentAsSchema9HashedItIsPinned() {
        assertThat(v9Hash("order", stoppedMorphine())).isEqualTo(STOPPED_MORPHINE_HASH_AT_V9);
    }

    private static void atSchema9(DatabaseLocation location) {
        var flyway = Flyway.configure(OrdersChainedBeforeV10Test.class.getClassLoader()).locations(Database.MIGRATIONS).target("9");
        if (location instanceof DatabaseLocation.SqliteFile f) {
            flyway.dataSource("jdbc:sqlite:" + f.file().toAbsolutePath(), null, null);
        } else {
            DatabaseLocation.PostgresServer server = (DatabaseLocation.PostgresServer) location;
            flyway.dataSource(server.jdbcUrl(), server.user(), "");
        }
        flyway.load().migrate();
    }

    private static Object[] stoppedMorphine() {
        return new Object[] {"id", MORPHINE, "patient_id", MRN, "drug", "morphine", "dose", "10", "unit", "mg", "route", "oral",
                "doses_per_day", "4", "start_at", 1772175600000L, "start_offset", 3600L, "stop_at", 1772305200000L, "stop_offset", 3600L,
                "note", "for leg pain", "entered_at", 1772359200000L, "entered_by", ADA};
    }

    private static Object[] runningFentanylPatch() {
        return new Object[] {"id", FENTANYL, "patient_id", MRN, "drug", "fentanyl", "dose", "12.5", "unit", "mcg/h", "route", "transdermal",
                "doses_per_day", "1", "start_at", 1772200000000L, "start_offset", 3600L, "stop_at", null, "stop_offset", null,
                "note", "", "entered_at", 1772359200000L, "entered_by", ADA};
    }

    private static Object[] patient() {
        return new Object[] {"id", MRN, "family_name", "Example", "given_name", "Erin", "birth_date", "1950-05-01", "sex", "female",
                "ward", "4B", "bed", "12", "created_at", 1772359200000L, "created_by", ADA, "updated_at", 1772359200000L, "updated_by", ADA};
    }

    /** The rows and chain entries schema 9's repositories wrote for a patient, a stopped order and a running patch. */
    private static void writeAsSchema9Did(Connection c) throws Exception {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO clinician (id, display_name, role, created_at) VALUES (?, ?, ?, ?)")) {
            Sql.bind(ps, ADA, "Dr Ada Testwell", "neurologist", 1772359200000L);
            ps.executeUpdate();
        }
        insert(c, "patient", patient());
        insert(c, "medication_order", stoppedMorphine());
        insert(c, "medication_order", runningFentanylPatch());
        String previous = RecordChain.GENESIS;
        long seq = 0;
        for (Object[] entry : List.of(new Object[] {"patient", MRN, v9Hash("patient", patient())},
                new Object[] {"order", MORPHINE, v9Hash("order", stoppedMorphine())},
                new Object[] {"order", FENTANYL, v9Hash("order", runningFentanylPatch())})) {
            seq++;
            String hash = RecordChain.hashOf(seq, (String) entry[0], (String) entry[1], MRN, (String) entry[2], previous);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO record_chain (seq, entity, entity_id, patient_id, content_hash,"
                    + " previous_hash, entry_hash) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                Sql.bind(ps, seq, entry[0], entry[1], MRN, entry[2], previous, hash);
                ps.executeUpdate();
            }
            previous = hash;
        }
    }

    private static void insert(Connection c, String table, Object[] columnsAndValues) throws Exception {
        StringBuilder names = new StringBuilder();
        Object[] values = new Object[columnsAndValues.length / 2];
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            names.append(i == 0 ? "" : ", ").append(columnsAndValues[i]);
            values[i / 2] = columnsAndValues[i + 1];
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table + " (" + names + ") VALUES ("
                + String.join(", ", Collections.nCopies(values.length, "?")) + ")")) {
            Sql.bind(ps, values);
            ps.executeUpdate();
        }
    }

    /**
     * A record's content hash as schema 9 computed it: "column=value" lines in table order, text quoted with a leading
     * apostrophe, numbers as digits, NULL as null, under the entity's name. Kept here as it was, not taken from the
     * code under test.
     */
    private static String v9Hash(String entity, Object[] columnsAndValues) {
        StringBuilder content = new StringBuilder(entity).append('\n');
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            Object v = columnsAndValues[i + 1];
            content.append(columnsAndValues[i]).append('=').append(v == null ? "null" : v instanceof Long ? v.toString() : "'" + v).append('\n');
        }
        return ChainedTables.sha256(content.toString());
    }
}
