package org.bedsideneuro.ui.login;

import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.bedsideneuro.domain.account.Account;
import org.bedsideneuro.security.PasswordHasher;
import org.bedsideneuro.service.LoginOutcome;
import org.bedsideneuro.service.LoginService;
import org.bedsideneuro.ui.common.BackgroundRunner;

/**
 * The login form's logic: a login name and a password checked by {@link LoginService} (with its throttle), then the
 * account's window, or first a new password when an administrator reset it. The password is wiped once checked.
 */
public final class LoginViewModel {
    private final LoginService logins;
    private final BackgroundRunner runner;
    private final Consumer<Account> onLoggedIn;
    private final Consumer<Account> onMustChangePassword;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper(this, "checking");

    public LoginViewModel(LoginService logins, BackgroundRunner runner, Consumer<Account> onLoggedIn,
                          Consumer<Account> onMustChangePassword) {
        this.logins = Objects.requireNonNull(logins, "logins");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.onLoggedIn = Objects.requireNonNull(onLoggedIn, "onLoggedIn");
        this.onMustChangePassword = Objects.requireNonNull(onMustChangePassword, "onMustChangePassword");
    }

    public void logIn(String login, char[] password) {
        checking.set(true);
        runner.run(() -> {
            try {
                return logins.login(login, password);
            } finally {
                PasswordHasher.wipe(password);
            }
        }, outcome -> {
            checking.set(false);
            if (outcome instanceof LoginOutcome.LoggedIn in && in.mustChangePassword()) {
                onMustChangePassword.accept(in.account());
            } else if (outcome instanceof LoginOutcome.LoggedIn in) {
                onLoggedIn.accept(in.account());
            } else {
                message.set(LockViewModel.said(outcome));
            }
        }, failure -> {
            checking.set(false);
            message.set(failure.message());
        });
    }

    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    /** True while the password is being checked: the button waits. */
    public ReadOnlyBooleanProperty checkingProperty() { return checking.getReadOnlyProperty(); }
}
