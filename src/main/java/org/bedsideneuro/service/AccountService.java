package org.bedsideneuro.service;

import java.util.Objects;
import java.util.Set;
import org.bedsideneuro.domain.account.Account;
import org.bedsideneuro.domain.account.AccountRole;
import org.bedsideneuro.domain.account.LoginName;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.persistence.Database;
import org.bedsideneuro.persistence.Work;

/**
 * Accounts, for the administrator's window and the {@code user} command alike: adding one, disabling it, resetting
 * its password, changing its roles (each refused unless {@code by} is an administrator, and each in the audit trail),
 * the first administrator of an empty database, and the holder's own change of password. The caller wipes the
 * passwords it passes. {@code by} is a clinician, or the work that finds one in the same transaction (the command
 * line's operating-system user).
 */
public final class AccountService {
    private final Database database;

    public AccountService(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    public Account create(String displayName, LoginName login, Set<AccountRole> roles, char[] password, boolean mustChangePassword,
                          Clinician by) {
        return create(displayName, login, roles, password, mustChangePassword, s -> by);
    }

    public Account create(String displayName, LoginName login, Set<AccountRole> roles, char[] password, boolean mustChangePassword,
                          Work<Clinician> by) {
        return database.write(s -> s.accounts().create(displayName, login, roles, password, mustChangePassword, by.run(s)));
    }

    public void setDisabled(LoginName login, boolean disabled, Clinician by) {
        setDisabled(login, disabled, s -> by);
    }

    public void setDisabled(LoginName login, boolean disabled, Work<Clinician> by) {
        database.write(s -> {
            s.accounts().setDisabled(login, disabled, by.run(s));
            return null;
        });
    }

    /** A temporary password: the holder chooses their own at the next login. */
    public void resetPassword(LoginName login, char[] temporary, Clinician by) {
        resetPassword(login, temporary, s -> by);
    }

    public void resetPassword(LoginName login, char[] temporary, Work<Clinician> by) {
        database.write(s -> {
            s.accounts().resetPassword(login, temporary, by.run(s));
            return null;
        });
    }

    public Account setRoles(LoginName login, Set<AccountRole> roles, Clinician by) {
        return setRoles(login, roles, s -> by);
    }

    public Account setRoles(LoginName login, Set<AccountRole> roles, Work<Clinician> by) {
        return database.write(s -> s.accounts().setRoles(login, roles, by.run(s)));
    }

    /** The first administrator of an empty database; refused once any account exists. */
    public Account createFirstAdministrator(String displayName, LoginName login, Set<AccountRole> roles, char[] password) {
        return database.write(s -> s.accounts().createFirstAdministrator(displayName, login, roles, password));
    }

    /**
     * The holder's own change (21 CFR 11.300(b)): refused unless {@code current} is their password. Returns the
     * account as it now is, no longer asked to change its password.
     */
    public Account changePassword(Account account, char[] current, char[] chosen) {
        database.write(s -> {
            s.accounts().changePassword(account.login(), current, chosen);
            return null;
        });
        return new Account(account.clinician(), account.login(), account.administrator(), account.disabled(), false);
    }

    /** The clinician recording on a computer without accounts ("Who is recording?"): found by name and role, or added. */
    public Clinician recorder(String displayName, Role role) {
        return database.write(s -> s.clinicians().findOrCreate(displayName, role));
    }
}
