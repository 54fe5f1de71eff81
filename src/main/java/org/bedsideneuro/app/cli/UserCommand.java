package org.bedsideneuro.app.cli;

import java.io.PrintWriter;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.bedsideneuro.app.ExitCode;
import org.bedsideneuro.domain.account.Account;
import org.bedsideneuro.domain.account.AccountRole;
import org.bedsideneuro.domain.account.LoginName;
import org.bedsideneuro.persistence.Database;
import org.bedsideneuro.security.PasswordHasher;
import org.bedsideneuro.service.AccountService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code user add|list|disable|enable|reset-password|set-role}: accounts for IT, run as the operating-system user
 * (changes attributed to {@code os:USERNAME} in the audit trail). Passwords come from the terminal without echo or
 * from standard input, never from an argument. There is no delete: accounts are disabled (21 CFR 11.300(b)).
 */
@Command(name = "user", mixinStandardHelpOptions = true, description = "Manage accounts: add, list, disable, enable, reset-password, set-role.",
        subcommands = {UserCommand.Add.class, UserCommand.ListUsers.class, UserCommand.Disable.class, UserCommand.Enable.class,
                UserCommand.ResetPassword.class, UserCommand.SetRole.class})
final class UserCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.USAGE;
    }

    static Set<AccountRole> roles(List<String> codes) {
        Set<AccountRole> roles = EnumSet.noneOf(AccountRole.class);
        for (String code : codes) {
            for (String part : code.split(",")) {
                roles.add(AccountRole.parse(part));
            }
        }
        return roles;
    }

    /** Base of the verbs: the database and the output. */
    abstract static class Verb implements Callable<Integer> {
        @ParentCommand
        UserCommand user;

        @Spec
        CommandSpec spec;

        PrintWriter out() {
            return spec.commandLine().getOut();
        }

        Database open() {
            return CliSupport.open(user.root);
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add an account; its password is read from the terminal or standard input.")
    static final class Add extends Verb {
        @Parameters(index = "0", paramLabel = "LOGIN", description = "Login name (letters, digits, '.', '-', '_').")
        String login;

        @Option(names = "--name", required = true, description = "Display name, as on records and printouts.")
        String name;

        @Option(names = "--role", required = true, split = ",", description = "nurse, neurologist and/or administrator (repeat or separate with commas).")
        List<String> roles;

        @Option(names = "--must-change-password", description = "Ask for a new password at the first login.")
        boolean mustChange;

        @Override
        public Integer call() {
            LoginName id = new LoginName(login);
            Set<AccountRole> wanted = roles(roles);
            Account.clinicalRole(wanted); // refuse a bad role set before asking for a password
            char[] password = PasswordInput.read(user.root.stdin, "Password for " + id);
            try (Database db = open()) {
                Account a = new AccountService(db).create(name, id, wanted, password, mustChange, CliSupport::osUser);
                out().println("Account " + a.login() + " added: " + a.clinician().displayName() + " (" + a.rolesText() + ")");
                return ExitCode.OK;
            } finally {
                PasswordHasher.wipe(password);
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the accounts, tab-separated.")
    static final class ListUsers extends Verb {
        @Override
        public Integer call() {
            try (Database db = open()) {
                List<Account> all = db.read(s -> s.accounts().all());
                out().println("login\tname\troles\tstatus");
                for (Account a : all) {
                    out().println(String.join("\t", a.login().value(), a.clinician().displayName(), a.rolesText(),
                            a.disabled() ? "disabled" : a.mustChangePassword() ? "must change password" : "active"));
                }
                out().flush();
                return ExitCode.OK;
            }
        }
    }

    @Command(name = "disable", mixinStandardHelpOptions = true, description = "Disable an account (accounts are never deleted).")
    static final class Disable extends DisabledSwitch {
        Disable() {
            super(true);
        }
    }

    @Command(name = "enable", mixinStandardHelpOptions = true, description = "Enable a disabled account.")
    static final class Enable extends DisabledSwitch {
        Enable() {
            super(false);
        }
    }

    /** {@code disable} and {@code enable}: one account's switch, set by the operating-system user. */
    abstract static class DisabledSwitch extends Verb {
        private final boolean disabled;

        @Parameters(index = "0", paramLabel = "LOGIN")
        String login;

        DisabledSwitch(boolean disabled) {
            this.disabled = disabled;
        }

        @Override
        public Integer call() {
            try (Database db = open()) {
                new AccountService(db).setDisabled(new LoginName(login), disabled, CliSupport::osUser);
                out().println("Account " + login + (disabled ? " disabled." : " enabled."));
                return ExitCode.OK;
            }
        }
    }

    @Command(name = "reset-password", mixinStandardHelpOptions = true,
            description = "Set a new password (read from the terminal or standard input); it must be changed at the next login.")
    static final class ResetPassword extends Verb {
        @Parameters(index = "0", paramLabel = "LOGIN")
        String login;

        @Override
        public Integer call() {
            LoginName id = new LoginName(login);
            try (Database db = open()) {
                if (db.read(s -> s.accounts().find(id)).isEmpty()) {
                    throw new IllegalArgumentException("No account with login name " + id + ".");
                }
                char[] password = PasswordInput.read(user.root.stdin, "New password for " + id);
                try {
                    new AccountService(db).resetPassword(id, password, CliSupport::osUser);
                } finally {
                    PasswordHasher.wipe(password);
                }
                out().println("Password of " + id + " reset; it must be changed at the next login.");
                return ExitCode.OK;
            }
        }
    }

    @Command(name = "set-role", mixinStandardHelpOptions = true, description = "Replace an account's roles.")
    static final class SetRole extends Verb {
        @Parameters(index = "0", paramLabel = "LOGIN")
        String login;

        @Option(names = "--role", required = true, split = ",", description = "nurse, neurologist and/or administrator.")
        List<String> roles;

        @Override
        public Integer call() {
            Set<AccountRole> wanted = roles(roles);
            try (Database db = open()) {
                Account a = new AccountService(db).setRoles(new LoginName(login), wanted, CliSupport::osUser);
                out().println("Account " + a.login() + " now: " + a.rolesText());
                return ExitCode.OK;
            }
        }
    }
}
