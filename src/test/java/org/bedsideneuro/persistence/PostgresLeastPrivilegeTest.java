package org.bedsideneuro.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.domain.exam.Draft;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.exam.ExamKind;
import org.bedsideneuro.domain.finding.Finding;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.MrcGrade;
import org.bedsideneuro.domain.finding.Side;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.domain.patient.Sex;
import org.bedsideneuro.domain.regimen.Administration;
import org.bedsideneuro.domain.regimen.AdministrationId;
import org.bedsideneuro.domain.regimen.AdministrationStatus;
import org.bedsideneuro.domain.regimen.DoseUnit;
import org.bedsideneuro.domain.regimen.Indication;
import org.bedsideneuro.domain.regimen.MedicationOrder;
import org.bedsideneuro.domain.regimen.OrderId;
import org.bedsideneuro.domain.regimen.OrderKind;
import org.bedsideneuro.domain.regimen.ParenteralPreset;
import org.bedsideneuro.domain.regimen.Route;
import org.bedsideneuro.domain.regimen.TrialOutcome;
import org.bedsideneuro.testdb.TestPostgres;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The grants IT runs (src/main/resources/.../postgres-app-role.sql, this exact file) leave the app able to do its
 * work and unable to drop a table or change the audit trail or a record.
 */
class PostgresLeastPrivilegeTest {
    private static final String PASSWORD = "app-secret";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
    private static DatabaseLocation.PostgresServer asApp;
    private static int port;

    @BeforeAll
    static void serverSetUpAsTheReadmeSays() throws Exception {
        TestPostgres pg = TestPostgres.get();
        port = pg.port();
        pg.execute("postgres",
                "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'bedside_owner') THEN"
                        + " CREATE ROLE bedside_owner LOGIN; CREATE ROLE bedside_app LOGIN; END IF; END $$",
                "ALTER ROLE bedside_app PASSWORD '" + PASSWORD + "'",
                "CREATE DATABASE least_privilege OWNER bedside_owner",
                "REVOKE ALL ON DATABASE least_privilege FROM PUBLIC",
                "GRANT CONNECT ON DATABASE least_privilege TO bedside_app");
        // the owner creates the schema once ("bedside-neuro --db postgresql://bedside_owner@host/db check")
        Database.open(pg.location("least_privilege", "bedside_owner"), CLOCK).close();
        String script;
        try (InputStream in = Database.class.getResourceAsStream("postgres-app-role.sql")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (Connection owner = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/least_privilege", "bedside_owner", "");
             Statement st = owner.createStatement()) {
            st.execute(script);
        }
        asApp = pg.location("least_privilege", "bedside_app");
    }

    private static Connection appConnection() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/least_privilege", "bedside_app", PASSWORD);
    }

    @Test
    void theAppRoleDoesItsWorkThroughTheApp() {
        // the test cluster trusts local logins; the password path is tested by PgPassTest and the login test below
        try (Database db = Database.open(asApp, CLOCK)) {
            PatientId mrn = new PatientId("LP-1");
            Clinician nurse = db.write(s -> s.clinicians().findOrCreate("Dr Least", Role.NEUROLOGIST));
            db.write(s -> {
                s.patients().add(new Patient(mrn, "Sample", "Sam", LocalDate.of(1960, 1, 1), Sex.OTHER, "4B", "1"), nurse);
                s.patients().update(new Patient(mrn, "Sample", "Sam", LocalDate.of(1960, 1, 1), Sex.OTHER, "4B", "2"), nurse);
                Exam exam = Exam.record(mrn, ExamKind.EXAM, OffsetDateTime.parse("2026-02-28T09:00:00Z"), nurse,
                        List.of(new Finding(FindingCode.ANKLE_DORSIFLEXION, Side.LEFT, MrcGrade.FOUR)), "");
                s.exams().add(exam, nurse);
                s.exams().amend(exam.amend(exam.findings(), "re-tested", nurse, CLOCK.instant(), "typo"));
                Draft d = Draft.start(nurse.id(), mrn, "exam", null, CLOCK.instant()).withFields(Map.of("a", "1"), CLOCK.instant());
                s.drafts().save(d);
                s.drafts().save(d.withFields(Map.of("a", "2"), CLOCK.instant()));
                s.drafts().delete(d.id());
                return null;
            });
            // An order, a dose charted under it by a nurse, and that dose withdrawn (V10's rebuilt table and new ones).
            Clinician ward = db.write(s -> s.clinicians().findOrCreate("Nurse Least", Role.NURSE));
            db.write(s -> {
                MedicationOrder prn = new MedicationOrder(OrderId.random(), mrn, "oxycodone", new BigDecimal("5"), DoseUnit.MG, Route.ORAL,
                        new BigDecimal("6"), OffsetDateTime.parse("2026-02-28T08:00:00Z"), null, "", OrderKind.PRN, Indication.CANCER_PAIN, null);
                s.medications().add(prn, nurse);
                Administration dose = new Administration(AdministrationId.random(), prn.id(), mrn, OffsetDateTime.parse("2026-02-28T10:00:00Z"),
                        null, new BigDecimal("5"), DoseUnit.MG, AdministrationStatus.GIVEN, ward, "");
                s.administrations().record(dose, ward);
                s.administrations().withdraw(dose.id(), "charted twice", ward);
                s.medications().stop(prn.id(), OffsetDateTime.parse("2026-02-28T20:00:00Z"), TrialOutcome.EFFECTIVE, nurse);
                return null;
            });
            assertThat(db.check().integrity()).isEqualTo("ok");
            assertThat(db.check().counts()).containsEntry("exam", 2L).containsEntry("administration", 1L).containsEntry("administration_void", 1L);
            assertThat(db.<Optional<ChainProblem>>read(s -> s.chain().verify())).isEmpty();
            Clinician it = db.write(s -> s.clinicians().findOrCreate("os:it-team", Role.OTHER));
            db.write(s -> s.parenteralFactors().choose(ParenteralPreset.NCI_PDQ, it));
            assertThat(db.read(s -> s.parenteralFactors().inForce()).preset()).contains(ParenteralPreset.NCI_PDQ);
            assertThat(db.check().counts()).containsEntry("parenteral_factor_choice", 1L);
        }
    }

    @Test
    void theAppRoleCannotDropATable() throws Exception {
        try (Connection c = appConnection(); Statement st = c.createStatement()) {
            assertThatThrownBy(() -> st.execute("DROP TABLE audit_log"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("must be owner");
            assertThatThrownBy(() -> st.execute("ALTER TABLE exam ADD COLUMN x INTEGER"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("must be owner");
            assertThatThrownBy(() -> st.execute("CREATE TABLE mine (x INTEGER)"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
        }
    }

    @Test
    void theAppRoleCannotChangeOrRemoveTheAuditTrailOrARecord() throws Exception {
        try (Connection c = appConnection(); Statement st = c.createStatement()) {
            for (String sql : List.of("UPDATE audit_log SET detail = 'nothing happened'", "DELETE FROM audit_log",
                    "TRUNCATE audit_log", "UPDATE exam SET note = 'x'", "DELETE FROM finding", "DELETE FROM exam_void",
                    "UPDATE clinician SET display_name = 'x'", "DELETE FROM patient", "UPDATE flyway_schema_history SET success = FALSE",
                    "UPDATE administration SET dose = '50'", "DELETE FROM administration", "TRUNCATE administration",
                    "UPDATE administration_void SET reason = 'x'", "DELETE FROM administration_void", "DELETE FROM medication_order",
                    "UPDATE parenteral_factor_choice SET preset = 'default'", "DELETE FROM parenteral_factor_choice",
                    "TRUNCATE parenteral_factor_choice")) {
                assertThatThrownBy(() -> st.execute(sql)).as(sql)
                        .isInstanceOf(SQLException.class)
                        .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("42501"));
            }
        }
    }

    @Test
    void theAppRoleLogsInWithThePasswordFromPgpassAndIsRefusedWithAWrongOne() throws Exception {
        TestPostgres.get().execute("postgres", "SELECT 1"); // started
        Path home = Files.createTempDirectory("home");
        Path pgpass = home.resolve(".pgpass");
        Files.writeString(pgpass, "127.0.0.1:" + port + ":least_privilege:bedside_app:" + PASSWORD + "\n");
        assertThat(PgPass.lookup(asApp, Map.of(), home)).isEmpty(); // readable by others: ignored, as psql does
        Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-------"));
        assertThat(PgPass.lookup(asApp, Map.of(), home)).contains(PASSWORD);
        assertThat(PgPass.lookup(asApp, Map.of("PGPASSWORD", "from-env"), home)).contains("from-env");
    }
}
