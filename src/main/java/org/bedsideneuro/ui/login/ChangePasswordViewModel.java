package org.bedsideneuro.ui.login;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.bedsideneuro.domain.account.Account;
import org.bedsideneuro.security.PasswordHasher;
import org.bedsideneuro.service.AccountService;
import org.bedsideneuro.ui.common.BackgroundRunner;

/**
 * After an administrator's reset: the account holder chooses a new password before anything else (21 CFR 11.300(b)),
 * giving the current (temporary) one first. Every password typed is wiped once used, whatever happened.
 */
public final class ChangePasswordViewModel {
    static final String NOT_THE_SAME = "The two new passwords are not the same.";

    private final Account account;
    private final AccountService accounts;
    private final BackgroundRunner runner;
    private final Consumer<Account> onChanged;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    public ChangePasswordViewModel(Account account, AccountService accounts, BackgroundRunner runner, Consumer<Account> onChanged) {
        this.account = Objects.requireNonNull(account, "account");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.onChanged = Objects.requireNonNull(onChanged, "onChanged");
    }

    public String title() {
        return "Choose a new password, " + account.clinician().displayName() + ".";
    }

    /** Changes the password to {@code chosen} when {@code again} is the same; {@code onChanged} then gets the account. */
    public void change(char[] current, char[] chosen, char[] again) {
        boolean same = Arrays.equals(chosen, again);
        PasswordHasher.wipe(again);
        if (!same) {
            PasswordHasher.wipe(current);
            PasswordHasher.wipe(chosen);
            message.set(NOT_THE_SAME);
            return;
        }
        message.set("");
        runner.run(() -> {
            try {
                return accounts.changePassword(account, current, chosen);
            } finally {
                PasswordHasher.wipe(current);
                PasswordHasher.wipe(chosen);
            }
        }, onChanged, failure -> message.set(failure.message()));
    }

    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return runner.busyProperty(); }
}
