package org.bedsideneuro.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import org.bedsideneuro.domain.account.AccessAction;
import org.bedsideneuro.domain.account.AccountRole;
import org.bedsideneuro.domain.account.LoginName;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.persistence.AccessEntry;
import org.bedsideneuro.persistence.Database;
import org.bedsideneuro.testdb.Backend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Logins and the growing wait after five failures, driven by a fake clock (no sleeping). */
@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class LoginServiceTest {
    @Parameter
    Backend backend;

    @TempDir
    Path dir;

    private final FakeClock clock = new FakeClock();
    private Database db;
    private LoginService logins;

    /** A clock the test moves by hand. */
    static final class FakeClock extends Clock {
        private Instant now = Instant.parse("2026-03-01T10:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override public ZoneId getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    }

    @BeforeEach
    void open() {
        db = backend.open(dir, "ward", clock);
        db.write(s -> {
            Clinician it = s.clinicians().findOrCreate("os:it", Role.OTHER);
            s.accounts().create("Nurse Ben Sample", new LoginName("ben"), EnumSet.of(AccountRole.NURSE), "ben-password".toCharArray(), false, it);
            s.accounts().create("Dr Ada Testwell", new LoginName("ada"), EnumSet.of(AccountRole.NEUROLOGIST), "ada-password".toCharArray(), false, it);
            return null;
        });
        logins = new LoginService(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private List<AccessEntry> log() {
        List<AccessEntry> entries = db.read(s -> s.accessLog().find(null, null, null, null));
        return entries;
    }

    @Test
    void theRightPasswordLogsInAndIsLogged() {
        LoginOutcome outcome = logins.login("Ben ", "ben-password".toCharArray());
        assertThat(outcome).isInstanceOfSatisfying(LoginOutcome.LoggedIn.class, in -> {
            assertThat(in.account().clinician().displayName()).isEqualTo("Nurse Ben Sample");
            assertThat(in.mustChangePassword()).isFalse();
        });
        assertThat(log()).extracting(AccessEntry::action).containsExactly(AccessAction.LOGIN);
    }

    @Test
    void fiveFailuresInARowMakeThatAccountWaitLongerEachTimeAndNoOneElse() {
        for (int i = 1; i <= 4; i++) {
            assertThat(logins.login("ben", ("guess-" + i).toCharArray())).isEqualTo(new LoginOutcome.Refused("Login name or password not correct."));
        }
        LoginOutcome fifth = logins.login("ben", "guess-5".toCharArray());
        assertThat(fifth).isInstanceOfSatisfying(LoginOutcome.Wait.class,
                w -> assertThat(w.until()).isEqualTo(clock.instant().plusSeconds(30)));
        assertThat(logins.login("ben", "ben-password".toCharArray())).as("the right password during the wait").isInstanceOf(LoginOutcome.Wait.class);
        assertThat(logins.login("ada", "ada-password".toCharArray())).as("the ward is not locked out").isInstanceOf(LoginOutcome.LoggedIn.class);

        clock.advance(Duration.ofSeconds(31));
        LoginOutcome sixth = logins.login("ben", "guess-6".toCharArray());
        assertThat(sixth).isInstanceOfSatisfying(LoginOutcome.Wait.class,
                w -> assertThat(w.until()).isEqualTo(clock.instant().plusSeconds(60)));
        clock.advance(Duration.ofSeconds(61));
        assertThat(logins.login("ben", "ben-password".toCharArray())).isInstanceOf(LoginOutcome.LoggedIn.class);
        assertThat(logins.login("ben", "guess-7".toCharArray())).as("the count starts again").isInstanceOf(LoginOutcome.Refused.class);

        assertThat(log()).filteredOn(e -> e.action() == AccessAction.LOGIN_FAILED).hasSize(8)
                .allSatisfy(e -> assertThat(e.detail()).doesNotContain("guess").doesNotContain("password\u0000"));
        assertThat(LoginService.waitAfter(40)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void unknownNamesAndDisabledAccountsAreRefusedAndLogged() {
        assertThat(logins.login("mallory", "anything-1".toCharArray())).isInstanceOf(LoginOutcome.Refused.class);
        assertThat(logins.login("", "anything-1".toCharArray())).isInstanceOf(LoginOutcome.Refused.class);
        db.write(s -> { s.accounts().setDisabled(new LoginName("ben"), true, s.clinicians().findOrCreate("os:it", Role.OTHER)); return null; });
        assertThat(logins.login("ben", "ben-password".toCharArray()))
                .isEqualTo(new LoginOutcome.Refused("This account is disabled. Ask an administrator."));
        assertThat(log()).extracting(AccessEntry::login).containsExactly("mallory", "", "ben");
    }

    @Test
    void afterAnAdministratorsResetTheNextLoginMustChangeThePassword() {
        db.write(s -> { s.accounts().resetPassword(new LoginName("ben"), "temporary-1".toCharArray(), s.clinicians().findOrCreate("os:it", Role.OTHER)); return null; });
        assertThat(logins.login("ben", "temporary-1".toCharArray())).isInstanceOfSatisfying(LoginOutcome.LoggedIn.class,
                in -> assertThat(in.mustChangePassword()).isTrue());
    }
}
