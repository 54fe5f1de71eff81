package org.bedsideneuro.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.bedsideneuro.domain.account.Account;
import org.bedsideneuro.domain.account.AccountRole;
import org.bedsideneuro.domain.account.LoginName;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.testdb.Backend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class AccountRepositoryTest {
    private static final String PASSWORD = "Tr0ub4dor&3-ward";
    private static final LoginName ADA = new LoginName("ada");

    @Parameter
    Backend backend;

    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
    private Database db;
    private Clinician it;

    @BeforeEach
    void open() {
        db = backend.open(dir, "ward", clock);
        it = db.write(s -> s.clinicians().findOrCreate("os:it", Role.OTHER));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private boolean matches(String password) {
        Boolean ok = db.read(s -> s.accounts().passwordMatches(ADA, password.toCharArray()));
        return ok;
    }

    private List<Account> all() {
        List<Account> all = db.read(s -> s.accounts().all());
        return all;
    }

    private Account addAda() {
        return db.write(s -> s.accounts().create("Dr Ada Testwell", ADA, EnumSet.of(AccountRole.NEUROLOGIST, AccountRole.ADMINISTRATOR),
                PASSWORD.toCharArray(), false, it));
    }

    @Test
    void anAccountIsAClinicianWithAnArgon2idHashAndItsParameters() throws Exception {
        Account ada = addAda();
        assertThat(ada.clinician().role()).isEqualTo(Role.NEUROLOGIST);
        assertThat(ada.administrator()).isTrue();
        Optional<Clinician> stored = db.read(s -> s.clinicians().find(ada.clinician().id()));
        assertThat(stored).contains(ada.clinician());
        try (Connection c = Backend.raw(backend.location(dir, "ward")); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT pw_algorithm, pw_memory_kib, pw_iterations, pw_parallelism, pw_hash FROM account")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("argon2id");
            assertThat(rs.getInt(2)).isGreaterThanOrEqualTo(19456);
            assertThat(rs.getInt(3)).isGreaterThanOrEqualTo(2);
            assertThat(rs.getInt(4)).isGreaterThanOrEqualTo(1);
            assertThat(rs.getString(5)).doesNotContain(PASSWORD);
        }
        assertThat(matches(PASSWORD)).isTrue();
        assertThat(matches("wrong password")).isFalse();
    }

    @Test
    void someoneWhoRecordedBeforeAccountsKeepsTheirClinicianId() {
        Clinician before = db.write(s -> s.clinicians().findOrCreate("Dr Ada Testwell", Role.NEUROLOGIST));
        assertThat(addAda().clinician().id()).isEqualTo(before.id());
    }

    @Test
    void aPasswordChangeNeedsTheOldOneAndAResetForcesAChange() {
        addAda();
        assertThatThrownBy(() -> db.write(s -> { s.accounts().changePassword(ADA, "not the password".toCharArray(), "another-one-1".toCharArray()); return null; }))
                .hasMessageContaining("current password is not correct").hasMessageNotContaining("another-one-1");
        db.write(s -> { s.accounts().changePassword(ADA, PASSWORD.toCharArray(), "another-one-1".toCharArray()); return null; });
        assertThat(matches("another-one-1")).isTrue();
        db.write(s -> { s.accounts().resetPassword(ADA, "temporary-22".toCharArray(), it); return null; });
        Account reset = db.read(s -> s.accounts().find(ADA)).orElseThrow();
        assertThat(reset.mustChangePassword()).isTrue();
        assertThat(matches("temporary-22")).isTrue();
    }

    @Test
    void accountsAreDisabledNotDeletedAndADisabledOneCannotLogIn() {
        addAda();
        assertThatThrownBy(() -> db.write(s -> { s.accounts().setDisabled(ADA, true, it); return null; }))
                .hasMessageContaining("only administrator");
        assertThatThrownBy(() -> db.write(s -> s.accounts().setRoles(ADA, EnumSet.of(AccountRole.NEUROLOGIST), it)))
                .hasMessageContaining("only administrator");
        db.write(s -> s.accounts().create("Ivy IT", new LoginName("ivy"), EnumSet.of(AccountRole.ADMINISTRATOR), "ivy-password".toCharArray(), false, it));
        db.write(s -> { s.accounts().setDisabled(ADA, true, it); return null; });
        assertThat(matches(PASSWORD)).isFalse();
        assertThat(all()).filteredOn(Account::disabled).extracting(a -> a.login().value()).containsExactly("ada");
        db.write(s -> { s.accounts().setDisabled(ADA, false, it); return null; });
        assertThat(matches(PASSWORD)).isTrue();
    }

    @Test
    void rolesChangeAndAnAdministratorMayHoldNoClinicalRole() {
        addAda();
        Account changed = db.write(s -> s.accounts().setRoles(ADA, EnumSet.of(AccountRole.ADMINISTRATOR), it));
        assertThat(changed.clinician().role()).isEqualTo(Role.OTHER);
        assertThat(changed.rolesText()).isEqualTo("administrator");
        assertThatThrownBy(() -> db.write(s -> s.accounts().setRoles(ADA, EnumSet.of(AccountRole.NURSE, AccountRole.NEUROLOGIST), it)))
                .hasMessageContaining("not both");
        assertThatThrownBy(() -> db.write(s -> s.accounts().create("Dup", ADA, EnumSet.of(AccountRole.NURSE), PASSWORD.toCharArray(), false, it)))
                .hasMessageContaining("taken");
    }

    @Test
    void noPasswordReachesTheAuditTrailOrTheFile() throws Exception {
        addAda();
        db.write(s -> { s.accounts().resetPassword(ADA, "temporary-22".toCharArray(), it); return null; });
        List<String> details = List.of();
        try (Connection c = Backend.raw(backend.location(dir, "ward")); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT detail, action FROM audit_log WHERE entity = 'account'")) {
            details = new ArrayList<>();
            while (rs.next()) {
                details.add(rs.getString(1) + " " + rs.getString(2));
            }
        }
        assertThat(details).hasSize(2).noneMatch(d -> d.contains(PASSWORD) || d.contains("temporary-22"));
        if (backend == Backend.SQLITE) {
            db.close();
            String bytes = new String(Files.readAllBytes(dir.resolve("ward.db")), StandardCharsets.ISO_8859_1);
            assertThat(bytes).doesNotContain(PASSWORD).doesNotContain("temporary-22");
            db = backend.open(dir, "ward", clock);
        }
    }
}
