package org.bedsideneuro.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.assertj.core.groups.Tuple;
import org.bedsideneuro.domain.account.AccessDeniedException;
import org.bedsideneuro.domain.account.AccountRole;
import org.bedsideneuro.domain.account.LoginName;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.domain.regimen.DoseUnit;
import org.bedsideneuro.domain.regimen.MmeFactor;
import org.bedsideneuro.domain.regimen.ParenteralFactors;
import org.bedsideneuro.domain.regimen.ParenteralPreset;
import org.bedsideneuro.domain.regimen.Route;
import org.bedsideneuro.testdb.Backend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The ward's parenteral factors (V11): a history of choices, the newest in force, audited, chained, administrators only. */
@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class ParenteralFactorRepositoryTest {
    @Parameter
    Backend backend;

    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-12-01T09:30:00Z"), ZoneOffset.UTC);
    private Database db;
    private Clinician admin;

    @BeforeEach
    void ward() {
        db = backend.open(dir, "ward", clock);
        admin = db.write(s -> s.accounts().createFirstAdministrator("Ivy Admin", new LoginName("ivy"),
                EnumSet.of(AccountRole.ADMINISTRATOR), "admin-pass-1".toCharArray()).clinician());
    }

    @AfterEach
    void close() {
        db.close();
    }

    private ParenteralFactors inForce() {
        return db.read(s -> s.parenteralFactors().inForce());
    }

    private List<AuditEntryRow> auditRows() {
        return db.read(s -> Sql.list(s.connection(), "SELECT action, entity_id, patient_id, detail, clinician_id FROM audit_log"
                        + " WHERE entity = ? ORDER BY at, id", rs -> new AuditEntryRow(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5)), ParenteralFactorRepository.ENTITY));
    }

    private List<ParenteralFactors> history() {
        List<ParenteralFactors> all = db.read(s -> s.parenteralFactors().history());
        return all;
    }

    private static Optional<ChainProblem> verify(Database database) {
        Optional<ChainProblem> problem = database.read(s -> s.chain().verify());
        return problem;
    }

    record AuditEntryRow(String action, String entityId, String patientId, String detail, String by) {
    }

    private void sql(String statement) throws Exception {
        try (Connection c = Backend.raw(backend.location(dir, "ward")); Statement st = c.createStatement()) {
            st.executeUpdate(statement);
        }
    }

    @Test
    void aWardThatNeverChoseCountsWithTheDefault() {
        assertThat(inForce().preset()).contains(ParenteralPreset.DEFAULT);
        assertThat(inForce().setBy()).isEmpty();
        assertThat(history()).isEmpty();
    }

    @Test
    void anAdministratorsChoiceIsInForceWithWhoAndWhenAuditedAndChained() {
        db.write(s -> s.parenteralFactors().choose(ParenteralPreset.NCI_PDQ, admin));
        ParenteralFactors nci = inForce();
        assertThat(nci.preset()).contains(ParenteralPreset.NCI_PDQ);
        assertThat(nci.setBy()).contains(admin);
        assertThat(nci.setAt()).contains(clock.instant());
        assertThat(nci.inForceLine(ZoneOffset.UTC)).isEqualTo("parenteral factors: NCI PDQ, set 2026-12-01 by Ivy Admin");
        assertThat(nci.table().factor("oxymorphone", Route.IV)).isPresent();

        List<AuditEntryRow> audit = auditRows();
        assertThat(audit).hasSize(1);
        assertThat(audit.get(0).action()).isEqualTo("set");
        assertThat(audit.get(0).patientId()).isNull();
        assertThat(audit.get(0).by()).isEqualTo(admin.id().toString());
        assertThat(audit.get(0).detail()).startsWith("parenteral factors: BedsideNeuro default -> NCI PDQ; ")
                .contains("hydromorphone iv: 20 MME per mg -> 15 MME per mg", "oxymorphone sc: not counted -> 30 MME per mg");
        assertThat(db.awaitSealed(Duration.ofMinutes(1))).isTrue();
        assertThat(verify(db)).isEmpty();
        assertThat(db.check().counts()).containsEntry("parenteral_factor_choice", 1L);
    }

    @Test
    void theNewestChoiceIsInForceAndEveryChoiceStaysInTheHistory() {
        List<MmeFactor> typed = List.of(
                new MmeFactor("morphine", Route.IV, DoseUnit.MG, new BigDecimal("2.50"), "Komitet farmakoterapii, protokół P-12 (2026)", false),
                new MmeFactor("fentanyl", Route.SC, DoseUnit.MCG, new BigDecimal("0.25"), "Protocol P-12 §3", false));
        db.write(s -> s.parenteralFactors().choose(ParenteralPreset.NCI_PDQ, admin));
        db.write(s -> s.parenteralFactors().chooseCustom(typed, admin));
        ParenteralFactors custom = inForce();
        assertThat(custom.isCustom()).isTrue();
        assertThat(custom.factors()).extracting(MmeFactor::drug, MmeFactor::route, MmeFactor::per, f -> f.factor().toPlainString(), MmeFactor::source)
                .containsExactly(Tuple.tuple("morphine", Route.IV, DoseUnit.MG, "2.50", "Komitet farmakoterapii, protokół P-12 (2026)"),
                        Tuple.tuple("fentanyl", Route.SC, DoseUnit.MCG, "0.25", "Protocol P-12 §3"));
        assertThat(custom.table().factor("morphine", Route.SC)).as("not in the typed table: not counted").isEmpty();

        db.write(s -> s.parenteralFactors().choose(ParenteralPreset.TREILLET_2018, admin));
        assertThat(inForce().preset()).contains(ParenteralPreset.TREILLET_2018);
        assertThat(history()).extracting(ParenteralFactors::tableName)
                .containsExactly("Treillet 2018 / CDC 2018 file", "custom table", "NCI PDQ");
        assertThat(auditRows()).extracting(AuditEntryRow::detail).anySatisfy(d -> assertThat(d).startsWith("parenteral factors: NCI PDQ -> custom table"));
        assertThat(db.awaitSealed(Duration.ofMinutes(1))).isTrue();
        assertThat(verify(db)).isEmpty();
    }

    @Test
    void onlyAnAdministratorOrTheCommandLineMayChooseAndARefusalWritesNothing() {
        Clinician neurologist = db.write(s -> s.clinicians().findOrCreate("Dr Ada Testwell", Role.NEUROLOGIST));
        Clinician nurse = db.write(s -> s.clinicians().findOrCreate("Nurse Ben Sample", Role.NURSE));
        for (Clinician refused : List.of(neurologist, nurse)) {
            assertThatThrownBy(() -> db.write(s -> s.parenteralFactors().choose(ParenteralPreset.TREILLET_2018, refused)))
                    .isInstanceOf(AccessDeniedException.class).hasMessageContaining("only an administrator");
        }
        assertThat(inForce().setBy()).isEmpty();
        assertThat(auditRows()).isEmpty();
        Clinician os = db.write(s -> s.clinicians().findOrCreate("os:it-team", Role.OTHER));
        db.write(s -> s.parenteralFactors().choose(ParenteralPreset.VANDERBILT, os));
        assertThat(inForce().setBy()).contains(os);
    }

    @Test
    void anInvalidTypedTableIsRefusedAndWritesNothing() {
        assertThatThrownBy(() -> db.write(s -> s.parenteralFactors().chooseCustom(List.of(
                new MmeFactor("buprenorphine", Route.IV, DoseUnit.MG, BigDecimal.TEN, "x", true)), admin)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(history()).isEmpty();
    }

    @Test
    void aChoiceChangedOrRemovedOutsideTheAppIsNamedByTheHashChain() throws Exception {
        db.write(s -> s.parenteralFactors().choose(ParenteralPreset.NCI_PDQ, admin));
        assertThat(db.awaitSealed(Duration.ofMinutes(1))).isTrue();
        sql("UPDATE parenteral_factor_choice SET preset = 'vanderbilt'");
        ChainProblem changed = verify(db).orElseThrow();
        assertThat(changed.entity()).isEqualTo(ParenteralFactorRepository.ENTITY);
        assertThat(changed.kind()).isEqualTo("was changed outside the app");
        sql("DELETE FROM parenteral_factor_choice");
        assertThat(verify(db).orElseThrow().kind()).isEqualTo("was deleted outside the app");
    }

    @Test
    void copyToCarriesTheHistorySoTheSameTableIsInForceThereAndTheChainVerifies() {
        // the source is a laptop's file; the target this test's backend
        try (Database source = Backend.SQLITE.open(dir, "ward-file", clock)) {
            Clinician ivy = source.write(s -> s.accounts().createFirstAdministrator("Ivy Admin", new LoginName("ivy"),
                    EnumSet.of(AccountRole.ADMINISTRATOR), "admin-pass-1".toCharArray()).clinician());
            source.write(s -> s.parenteralFactors().choose(ParenteralPreset.VANDERBILT, ivy));
            try (Database target = backend.open(dir, "copy-target", clock)) {
                List<DatabaseCopy.Count> counts = DatabaseCopy.copy(source, target);
                assertThat(counts).filteredOn(c -> c.table().equals("parenteral_factor_choice"))
                        .singleElement().satisfies(c -> assertThat(c.copied()).isEqualTo(1));
                ParenteralFactors there = target.read(s -> s.parenteralFactors().inForce());
                assertThat(there.preset()).contains(ParenteralPreset.VANDERBILT);
                assertThat(there.setBy().orElseThrow().displayName()).isEqualTo("Ivy Admin");
                assertThat(verify(target)).isEmpty();
                assertThat(DatabaseCopy.copy(source, target)).filteredOn(c -> c.table().equals("parenteral_factor_choice"))
                        .singleElement().satisfies(c -> assertThat(c.copied()).as("copied once").isZero());
            }
        }
    }
}
