package org.bedsideneuro.ui.login;

import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.bedsideneuro.domain.account.Account;
import org.bedsideneuro.domain.account.AccountRole;
import org.bedsideneuro.domain.account.LoginName;
import org.bedsideneuro.security.PasswordHasher;
import org.bedsideneuro.service.AccountService;
import org.bedsideneuro.ui.common.BackgroundRunner;

/** An empty ward database: its first administrator, who then gets their window. The password is wiped once used. */
public final class FirstAdministratorViewModel {
    private final AccountService accounts;
    private final BackgroundRunner runner;
    private final Consumer<Account> onCreated;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    public FirstAdministratorViewModel(AccountService accounts, BackgroundRunner runner, Consumer<Account> onCreated) {
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.onCreated = Objects.requireNonNull(onCreated, "onCreated");
    }

    /** Creates the administrator; {@code password} is null when the two typed were not the same. */
    public void create(String name, String login, Set<AccountRole> roles, char[] password) {
        if (password == null) {
            message.set("The two passwords are not the same.");
            return;
        }
        runner.run(() -> {
            try {
                return accounts.createFirstAdministrator(name, new LoginName(login), roles, password);
            } finally {
                PasswordHasher.wipe(password);
            }
        }, onCreated, failure -> message.set(failure.message()));
    }

    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
}
