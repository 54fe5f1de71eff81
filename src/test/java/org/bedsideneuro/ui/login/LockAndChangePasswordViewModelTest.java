package org.bedsideneuro.ui.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicReference;
import org.bedsideneuro.domain.account.Account;
import org.bedsideneuro.domain.account.AccountRole;
import org.bedsideneuro.domain.account.LoginName;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.persistence.Database;
import org.bedsideneuro.service.LoginOutcome;
import org.bedsideneuro.service.WardRecords;
import org.bedsideneuro.ui.FxTestSupport;
import org.bedsideneuro.ui.common.BackgroundRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lock screen's and the change-password screen's view models, on a real ward database, without a window. */
class LockAndChangePasswordViewModelTest {
    @TempDir
    Path dir;
    private Database db;
    private WardRecords records;
    private final BackgroundRunner runner = FxTestSupport.onFx(BackgroundRunner::new);
    private Account ben;

    @BeforeAll
    static void toolkit() {
        FxTestSupport.startToolkit();
    }

    @BeforeEach
    void ward() {
        db = Database.open(dir.resolve("ward.db"), Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC));
        records = WardRecords.of(db);
        ben = db.write(s -> {
            Clinician it = s.clinicians().findOrCreate("os:it", Role.OTHER);
            return s.accounts().create("Nurse Ben Sample", new LoginName("ben"), EnumSet.of(AccountRole.NURSE),
                    "temporary-1".toCharArray(), true, it);
        });
    }

    @AfterEach
    void close() {
        runner.close();
        db.close();
    }

    @Test
    void theLockScreenNamesWhoWasLoggedInAndUnlocksWithTheirPasswordOnly() {
        AtomicReference<Account> unlocked = new AtomicReference<>();
        LockViewModel model = FxTestSupport.onFx(() -> new LockViewModel(ben, records.logins(), runner, unlocked::set));
        assertThat(model.title()).isEqualTo("Locked. " + ben.clinician().signature() + " was logged in.");
        assertThat(model.passwordPrompt()).isEqualTo("Password of ben");

        char[] wrong = "not-his-password".toCharArray();
        FxTestSupport.onFx(() -> model.unlock(wrong));
        FxTestSupport.awaitQuiet(runner);
        assertThat(unlocked.get()).as("a wrong password unlocks nothing").isNull();
        assertThat(FxTestSupport.onFx(() -> model.messageProperty().get())).isNotBlank();
        assertThat(wrong).as("the typed password is wiped").containsOnly('\0');

        FxTestSupport.onFx(() -> model.unlock("temporary-1".toCharArray()));
        FxTestSupport.awaitQuiet(runner);
        assertThat(unlocked.get()).isNotNull();
        assertThat(unlocked.get().login()).isEqualTo(new LoginName("ben"));
    }

    @Test
    void twoDifferentNewPasswordsChangeNothingAndSaySo() {
        AtomicReference<Account> changed = new AtomicReference<>();
        ChangePasswordViewModel model = FxTestSupport.onFx(() -> new ChangePasswordViewModel(ben, records.accounts(), runner, changed::set));
        char[] current = "temporary-1".toCharArray();
        char[] chosen = "a-new-password".toCharArray();
        char[] again = "a-new-passw0rd".toCharArray();

        FxTestSupport.onFx(() -> model.change(current, chosen, again));
        FxTestSupport.awaitQuiet(runner);

        assertThat(FxTestSupport.onFx(() -> model.messageProperty().get())).isEqualTo(ChangePasswordViewModel.NOT_THE_SAME);
        assertThat(changed.get()).isNull();
        for (char[] typed : new char[][] {current, chosen, again}) {
            assertThat(typed).as("every password typed is wiped").containsOnly('\0');
        }
        assertThat(records.logins().login("ben", "temporary-1".toCharArray())).as("the old password still holds")
                .isInstanceOf(LoginOutcome.LoggedIn.class);
    }

    @Test
    void theNewPasswordReplacesTheTemporaryOneAndIsNoLongerAskedFor() {
        AtomicReference<Account> changed = new AtomicReference<>();
        ChangePasswordViewModel model = FxTestSupport.onFx(() -> new ChangePasswordViewModel(ben, records.accounts(), runner, changed::set));
        assertThat(model.title()).isEqualTo("Choose a new password, Nurse Ben Sample.");

        FxTestSupport.onFx(() -> model.change("temporary-1".toCharArray(), "a-new-password".toCharArray(), "a-new-password".toCharArray()));
        FxTestSupport.awaitQuiet(runner);

        assertThat(changed.get()).isNotNull();
        assertThat(changed.get().mustChangePassword()).isFalse();
        LoginOutcome outcome = records.logins().login("ben", "a-new-password".toCharArray());
        assertThat(outcome).isInstanceOf(LoginOutcome.LoggedIn.class);
        assertThat(((LoginOutcome.LoggedIn) outcome).mustChangePassword()).isFalse();
        assertThat(records.logins().login("ben", "temporary-1".toCharArray())).isInstanceOf(LoginOutcome.Refused.class);
    }

    @Test
    void aWrongCurrentPasswordChangesNothing() {
        AtomicReference<Account> changed = new AtomicReference<>();
        ChangePasswordViewModel model = FxTestSupport.onFx(() -> new ChangePasswordViewModel(ben, records.accounts(), runner, changed::set));

        FxTestSupport.onFx(() -> model.change("guess".toCharArray(), "a-new-password".toCharArray(), "a-new-password".toCharArray()));
        FxTestSupport.awaitQuiet(runner);

        assertThat(changed.get()).isNull();
        assertThat(FxTestSupport.onFx(() -> model.messageProperty().get())).contains("current password is not correct");
        assertThat(records.logins().login("ben", "temporary-1".toCharArray())).isInstanceOf(LoginOutcome.LoggedIn.class);
    }
}
