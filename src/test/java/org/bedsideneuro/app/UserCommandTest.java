package org.bedsideneuro.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import org.bedsideneuro.domain.account.LoginName;
import org.bedsideneuro.domain.demo.DemoAccounts;
import org.bedsideneuro.persistence.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserCommandTest {
    @TempDir
    Path dir;

    record Result(int code, String out, String err) {
    }

    Result run(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), new PrintWriter(out, true),
                new PrintWriter(err, true), db -> ExitCode.OK);
        return new Result(code, out.toString(), err.toString());
    }

    private String db() {
        return dir.resolve("ward.db").toString();
    }

    private boolean passwordMatches(String login, String password) {
        try (Database db = Database.open(dir.resolve("ward.db"), Clock.systemUTC())) {
            return db.read(s -> s.accounts().passwordMatches(new LoginName(login), password.toCharArray()));
        }
    }

    @Test
    void itAddsListsDisablesAndEnablesAccountsWithPasswordsFromStandardInput() {
        Result add = run("nurse-pass-1\n", "--db", db(), "user", "add", "ben", "--name", "Nurse Ben Sample", "--role", "nurse");
        assertThat(add.code()).as(add.err()).isZero();
        assertThat(add.out()).contains("ben", "nurse").doesNotContain("nurse-pass-1");
        assertThat(passwordMatches("ben", "nurse-pass-1")).isTrue();

        assertThat(run("admin-pass-1\r\n", "--db", db(), "user", "add", "ada", "--name", "Dr Ada", "--role", "neurologist,administrator").code()).isZero();
        Result list = run("", "--db", db(), "user", "list");
        assertThat(list.out()).contains("ada\tDr Ada\tneurologist, administrator\tactive", "ben\tNurse Ben Sample\tnurse\tactive");

        Result disabled = run("", "--db", db(), "user", "disable", "ben");
        assertThat(disabled.code()).isZero();
        assertThat(disabled.out()).contains("Account ben disabled.");
        assertThat(run("", "--db", db(), "user", "list").out()).contains("ben\tNurse Ben Sample\tnurse\tdisabled");
        assertThat(passwordMatches("ben", "nurse-pass-1")).isFalse();
        Result enabled = run("", "--db", db(), "user", "enable", "ben");
        assertThat(enabled.code()).isZero();
        assertThat(enabled.out()).contains("Account ben enabled.");
        assertThat(run("", "--db", db(), "user", "list").out()).contains("ben\tNurse Ben Sample\tnurse\tactive");
        assertThat(passwordMatches("ben", "nurse-pass-1")).isTrue();
        assertThat(passwordMatches("ada", "admin-pass-1")).isTrue();
    }

    @Test
    void resetPasswordForcesAChangeAndSetRoleReplacesTheRoles() {
        run("nurse-pass-1\n", "--db", db(), "user", "add", "ben", "--name", "Nurse Ben Sample", "--role", "nurse");
        Result reset = run("temporary-pass\n", "--db", db(), "user", "reset-password", "ben");
        assertThat(reset.code()).as(reset.err()).isZero();
        assertThat(passwordMatches("ben", "temporary-pass")).isTrue();
        assertThat(run("", "--db", db(), "user", "list").out()).contains("must change password");
        Result role = run("", "--db", db(), "user", "set-role", "ben", "--role", "neurologist");
        assertThat(role.code()).isZero();
        assertThat(role.out()).contains("neurologist");
        Result audit = run("", "--db", db(), "user", "list");
        assertThat(audit.out()).doesNotContain("temporary-pass");
    }

    @Test
    void aPasswordIsNeverTakenFromAnArgumentAndBadInputWritesNothing() {
        Result asArgument = run("", "--db", db(), "user", "add", "ben", "--name", "Ben", "--role", "nurse", "--password", "nurse-pass-1");
        assertThat(asArgument.code()).isEqualTo(ExitCode.USAGE);
        assertThat(asArgument.err()).doesNotContain("nurse-pass-1");

        Result tooShort = run("short\n", "--db", db(), "user", "add", "ben", "--name", "Ben", "--role", "nurse");
        assertThat(tooShort.code()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(tooShort.err()).contains("at least 8").doesNotContain("short\n").doesNotContain("Exception");
        Result empty = run("", "--db", db(), "user", "add", "ben", "--name", "Ben", "--role", "nurse");
        assertThat(empty.code()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run("", "--db", db(), "user", "list").out().lines().count()).isEqualTo(1);
        assertThat(run("x\n", "--db", db(), "user", "add", "ben", "--name", "Ben", "--role", "surgeon").err()).contains("nurse, neurologist, administrator");
    }

    @Test
    void theDemoWardComesWithOneAccountPerRoleWhosePasswordsTheDemoShows() {
        assertThat(run("", "--db", db(), "demo").code()).isZero();
        String list = run("", "--db", db(), "user", "list").out();
        assertThat(list).contains("demo-neuro\tDr Demo Neurologist (fictional)\tneurologist\tactive",
                "demo-nurse\tNurse Demo (fictional)\tnurse\tactive", "demo-admin\tDemo Administrator (fictional)\tadministrator\tactive");
        for (DemoAccounts.Demo d : DemoAccounts.ALL) {
            assertThat(passwordMatches(d.login(), d.password())).as(d.login()).isTrue();
            assertThat(DemoAccounts.onScreen()).contains(d.login() + " / " + d.password());
        }
    }

}
