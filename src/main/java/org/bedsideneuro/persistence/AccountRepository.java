package org.bedsideneuro.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bedsideneuro.domain.account.AccessDeniedException;
import org.bedsideneuro.domain.account.Account;
import org.bedsideneuro.domain.account.AccountRole;
import org.bedsideneuro.domain.account.Action;
import org.bedsideneuro.domain.account.LoginName;
import org.bedsideneuro.domain.account.Permissions;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.clinician.ClinicianId;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.domain.demo.DemoAccounts;
import org.bedsideneuro.security.PasswordHash;
import org.bedsideneuro.security.PasswordHasher;

/**
 * Accounts (V4). Every change is in the audit trail, naming who made it; no password, salt or hash ever is
 * (21 CFR 11.10(e): audit trail; 11.300: password controls). Accounts are disabled, never deleted.
 */
public final class AccountRepository {
    private static final String COLUMNS = ClinicianRepository.COLUMNS
            + ", a.login, a.administrator, a.disabled, a.must_change_password";
    private static final String FROM = " FROM account a JOIN clinician c ON c.id = a.clinician_id";

    private final Session session;
    private final PasswordHasher hasher;

    AccountRepository(Session session, PasswordHasher hasher) {
        this.session = session;
        this.hasher = hasher;
    }

    private static Account map(ResultSet rs) throws SQLException {
        return new Account(ClinicianRepository.map(rs), new LoginName(rs.getString("login")), rs.getBoolean("administrator"),
                rs.getBoolean("disabled"), rs.getBoolean("must_change_password"));
    }

    public Optional<Account> find(LoginName login) throws SQLException {
        return Sql.one(session.connection(), "SELECT " + COLUMNS + FROM + " WHERE a.login = ?", AccountRepository::map, login.value());
    }

    public Optional<Account> find(ClinicianId id) throws SQLException {
        return Sql.one(session.connection(), "SELECT " + COLUMNS + FROM + " WHERE a.clinician_id = ?", AccountRepository::map, id.toString());
    }

    public List<Account> all() throws SQLException {
        return Sql.list(session.connection(), "SELECT " + COLUMNS + FROM + " ORDER BY a.login", AccountRepository::map);
    }

    public long count() throws SQLException {
        return Sql.one(session.connection(), "SELECT COUNT(*) FROM account", rs -> rs.getLong(1)).orElse(0L);
    }

    /**
     * Whether this is a demo ward's database: only there do the demo's accounts, with their published passwords,
     * exist (the demo ward is installed into a database without accounts of its own, and creates them).
     */
    public boolean holdsDemoAccounts() throws SQLException {
        return find(new LoginName(DemoAccounts.ALL.get(0).login())).isPresent();
    }

    /** How many accounts are not the demo's: a ward's own people. */
    public long countOtherThanDemo() throws SQLException {
        long demo = 0;
        for (var d : DemoAccounts.ALL) {
            if (find(new LoginName(d.login())).isPresent()) {
                demo++;
            }
        }
        return count() - demo;
    }

    /**
     * Creates an account. A clinician with the same display name and clinical role who has no account yet (someone who
     * recorded before accounts existed) becomes the account, so their records stay theirs. The caller wipes the password.
     */
    public Account create(String displayName, LoginName login, Set<AccountRole> roles, char[] password, boolean mustChangePassword,
                          Clinician by) throws SQLException {
        requireAdministrator(by);
        return insert(displayName, login, roles, password, mustChangePassword, by);
    }

    /**
     * The first administrator of an empty database (the first start creates one). Refused once any account
     * exists; the creation is attributed to the new account itself.
     */
    public Account createFirstAdministrator(String displayName, LoginName login, Set<AccountRole> roles, char[] password) throws SQLException {
        if (count() > 0) {
            throw new AccessDeniedException("There are accounts already: an administrator adds new ones.");
        }
        if (!roles.contains(AccountRole.ADMINISTRATOR)) {
            throw new IllegalArgumentException("Role: the first account is an administrator");
        }
        return insert(displayName, login, roles, password, false, null);
    }

    /**
     * The demo ward's accounts, one per role. Only in a database without accounts: their
     * passwords are published on the login screen. Returns how many were made.
     */
    public int createDemoAccounts(List<DemoAccounts.Demo> demos) throws SQLException {
        if (count() > 0) {
            return 0;
        }
        for (var d : demos) {
            Set<AccountRole> roles = EnumSet.noneOf(AccountRole.class);
            if (d.role() == Role.NURSE) {
                roles.add(AccountRole.NURSE);
            } else if (d.role() == Role.NEUROLOGIST) {
                roles.add(AccountRole.NEUROLOGIST);
            }
            if (d.administrator()) {
                roles.add(AccountRole.ADMINISTRATOR);
            }
            char[] password = d.password().toCharArray();
            insert(d.displayName(), new LoginName(d.login()), roles, password, false, null);
        }
        return demos.size();
    }

    private Account insert(String displayName, LoginName login, Set<AccountRole> roles, char[] password, boolean mustChangePassword,
                           Clinician by) throws SQLException {
        Role role = Account.clinicalRole(roles);
        if (find(login).isPresent()) {
            throw new IllegalArgumentException("Login name " + login + " is taken");
        }
        Clinician clinician = Clinician.create(displayName, role);
        Optional<Clinician> existing = session.clinicians().find(clinician.displayName(), role);
        if (existing.isPresent() && find(existing.get().id()).isEmpty()) {
            clinician = existing.get();
        } else if (existing.isPresent()) {
            throw new IllegalArgumentException("There is already an account for " + clinician.signature());
        }
        Account account = new Account(clinician, login, roles.contains(AccountRole.ADMINISTRATOR), false, mustChangePassword);
        if (existing.isEmpty()) {
            clinician = session.clinicians().ensure(clinician);
        }
        PasswordHash h = hasher.hash(password);
        long now = Sql.millis(session.now());
        Sql.update(session.connection(), "INSERT INTO account (clinician_id, login, administrator, disabled, must_change_password, pw_algorithm,"
                        + " pw_version, pw_memory_kib, pw_iterations, pw_parallelism, pw_salt, pw_hash, failed_logins, wait_until, created_at, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                clinician.id().toString(), login.value(), account.administrator(), false, mustChangePassword, h.algorithm(), h.version(),
                h.memoryKib(), h.iterations(), h.parallelism(), h.salt(), h.hash(), 0, null, now, now);
        session.audit().record(by == null ? clinician : by, "create", "account", login.value(), null, clinician.signature() + " as " + account.rolesText());
        return account;
    }

    /** The stored hash with its parameters (for checks and tests; never printed). */
    public Optional<PasswordHash> passwordHash(LoginName login) throws SQLException {
        return Sql.one(session.connection(), "SELECT pw_algorithm, pw_version, pw_memory_kib, pw_iterations, pw_parallelism, pw_salt, pw_hash"
                        + " FROM account WHERE login = ?",
                rs -> new PasswordHash(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getString(6), rs.getString(7)),
                login.value());
    }

    /** True when the account exists, is enabled and {@code password} is its password. Changes nothing. */
    public boolean passwordMatches(LoginName login, char[] password) throws SQLException {
        Optional<Account> account = find(login);
        if (account.isEmpty() || account.get().disabled()) {
            return false;
        }
        return PasswordHasher.verify(password, passwordHash(login).orElseThrow());
    }

    public void setDisabled(LoginName login, boolean disabled, Clinician by) throws SQLException {
        requireAdministrator(by);
        Account account = require(login);
        if (disabled) {
            keepOneAdministrator(account, "disabled");
        }
        Sql.update(session.connection(), "UPDATE account SET disabled = ?, updated_at = ? WHERE login = ?",
                disabled, Sql.millis(session.now()), login.value());
        session.audit().record(by, disabled ? "disable" : "enable", "account", login.value(), null, account.clinician().signature());
    }

    /** An administrator's reset: a new password that must be changed at the next login. */
    public void resetPassword(LoginName login, char[] newPassword, Clinician by) throws SQLException {
        requireAdministrator(by);
        Account account = require(login);
        storePassword(login, newPassword, true);
        session.audit().record(by, "reset-password", "account", login.value(), null, account.clinician().signature()
                + ": password reset, to be changed at next login");
    }

    /** The account holder's own change: the old password first (21 CFR 11.300(b)). */
    public void changePassword(LoginName login, char[] oldPassword, char[] newPassword) throws SQLException {
        Account account = require(login);
        if (!passwordMatches(login, oldPassword)) {
            throw new IllegalArgumentException("The current password is not correct; the password was not changed");
        }
        storePassword(login, newPassword, false);
        session.audit().record(account.clinician(), "change-password", "account", login.value(), null, account.clinician().signature());
    }

    public Account setRoles(LoginName login, Set<AccountRole> roles, Clinician by) throws SQLException {
        requireAdministrator(by);
        Account old = require(login);
        Role role = Account.clinicalRole(roles);
        if (!roles.contains(AccountRole.ADMINISTRATOR)) {
            keepOneAdministrator(old, "made a non-administrator");
        }
        Account updated = new Account(new Clinician(old.clinician().id(), old.clinician().displayName(), role), login,
                roles.contains(AccountRole.ADMINISTRATOR), old.disabled(), old.mustChangePassword());
        Sql.update(session.connection(), "UPDATE clinician SET role = ? WHERE id = ?", role.code(), old.clinician().id().toString());
        Sql.update(session.connection(), "UPDATE account SET administrator = ?, updated_at = ? WHERE login = ?",
                updated.administrator(), Sql.millis(session.now()), login.value());
        session.audit().record(by, "set-role", "account", login.value(), null, old.rolesText() + " -> " + updated.rolesText());
        return updated;
    }

    private void storePassword(LoginName login, char[] password, boolean mustChange) throws SQLException {
        PasswordHash h = hasher.hash(password);
        Sql.update(session.connection(), "UPDATE account SET pw_algorithm = ?, pw_version = ?, pw_memory_kib = ?, pw_iterations = ?,"
                        + " pw_parallelism = ?, pw_salt = ?, pw_hash = ?, must_change_password = ?, failed_logins = 0, wait_until = NULL,"
                        + " updated_at = ? WHERE login = ?",
                h.algorithm(), h.version(), h.memoryKib(), h.iterations(), h.parallelism(), h.salt(), h.hash(), mustChange,
                Sql.millis(session.now()), login.value());
    }

    /** The ward is never left without an administrator who could enable accounts again. */
    private void keepOneAdministrator(Account target, String change) throws SQLException {
        if (!target.administrator() || target.disabled()) {
            return;
        }
        long enabledAdministrators = all().stream().filter(a -> a.administrator() && !a.disabled()).count();
        if (enabledAdministrators <= 1) {
            throw new IllegalArgumentException(target.login() + " is the only administrator and cannot be " + change
                    + ": add another administrator first.");
        }
    }

    /** Account management is an administrator's (or the command line's, run by IT as the OS user). */
    void requireAdministrator(Clinician by) throws SQLException {
        boolean administrator = find(by.id()).map(a -> a.administrator() && !a.disabled()).orElse(false);
        Permissions.require(by, administrator, Action.MANAGE_ACCOUNTS);
    }

    /** True when {@code clinician} holds an enabled administrator account. */
    public boolean isAdministrator(ClinicianId clinician) throws SQLException {
        return find(clinician).map(a -> a.administrator() && !a.disabled()).orElse(false);
    }

    Account require(LoginName login) throws SQLException {
        return find(login).orElseThrow(() -> new IllegalArgumentException("No account with login name " + login));
    }

    /** Failed logins in a row and when the account may try again (null: now). */
    public LoginThrottle throttle(LoginName login) throws SQLException {
        return Sql.one(session.connection(), "SELECT failed_logins, wait_until FROM account WHERE login = ?", rs -> {
            long until = rs.getLong(2);
            return new LoginThrottle(rs.getInt(1), rs.wasNull() ? null : Instant.ofEpochMilli(until));
        }, login.value()).orElse(new LoginThrottle(0, null));
    }

    /** Stores failures in a row and the wait (the login service's bookkeeping; never audited as a change of account). */
    public void recordLoginFailure(LoginName login, LoginThrottle throttle) throws SQLException {
        Sql.update(session.connection(), "UPDATE account SET failed_logins = ?, wait_until = ? WHERE login = ?", throttle.failures(),
                throttle.waitUntil() == null ? null : Sql.millis(throttle.waitUntil()), login.value());
    }

    /** Failures in a row and the time before which no attempt is checked. */
    public record LoginThrottle(int failures, Instant waitUntil) {
    }
}
