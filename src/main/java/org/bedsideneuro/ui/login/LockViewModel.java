package org.bedsideneuro.ui.login;

import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.bedsideneuro.domain.account.Account;
import org.bedsideneuro.security.PasswordHasher;
import org.bedsideneuro.service.LoginOutcome;
import org.bedsideneuro.service.LoginService;
import org.bedsideneuro.ui.common.BackgroundRunner;

/**
 * The lock screen: who was logged in, and their password to unlock (checked as a login is, with its throttle). While
 * locked no patient data is in the scene; the person named finds their window as they left it.
 */
public final class LockViewModel {
    private final Account who;
    private final LoginService logins;
    private final BackgroundRunner runner;
    private final Consumer<Account> onUnlocked;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    public LockViewModel(Account who, LoginService logins, BackgroundRunner runner, Consumer<Account> onUnlocked) {
        this.who = Objects.requireNonNull(who, "account");
        this.logins = Objects.requireNonNull(logins, "logins");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.onUnlocked = Objects.requireNonNull(onUnlocked, "onUnlocked");
    }

    public String title() {
        return "Locked. " + who.clinician().signature() + " was logged in.";
    }

    public String passwordPrompt() {
        return "Password of " + who.login();
    }

    /** Unlocks with {@code typed} (wiped once checked); a refusal or a wait is said in {@link #messageProperty()}. */
    public void unlock(char[] typed) {
        message.set("");
        runner.run(() -> {
            try {
                return logins.unlock(who, typed);
            } finally {
                PasswordHasher.wipe(typed);
            }
        }, outcome -> {
            if (outcome instanceof LoginOutcome.LoggedIn in) {
                onUnlocked.accept(in.account());
            } else {
                message.set(said(outcome));
            }
        }, failure -> message.set(failure.message()));
    }

    /** What a refused login or unlock tells the person at the keyboard. */
    static String said(LoginOutcome outcome) {
        if (outcome instanceof LoginOutcome.Refused r) {
            return r.message();
        }
        if (outcome instanceof LoginOutcome.Wait w) {
            return w.message();
        }
        return "";
    }

    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return runner.busyProperty(); }
}
