package org.bedsideneuro.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bedsideneuro.app.cli.RootCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {
    @TempDir
    Path dir;

    private final List<Path> windowsOpened = new ArrayList<>();

    record Result(int code, String out, String err) {
    }

    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), db -> {
            windowsOpened.add(db);
            return ExitCode.OK;
        });
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void helpListsTheVerbsAndTheExitCodes() {
        Result r = run("--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("--db", "check", "Exit codes");
    }

    @Test
    void versionNamesTheApp() {
        assertThat(run("--version").out()).startsWith("BedsideNeuro ");
    }

    @Test
    void anUnknownVerbIsAUsageError() {
        Result r = run("frobnicate");
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("frobnicate");
    }

    @Test
    void checkReportsSchemaIntegrityAndCounts() {
        Path db = dir.resolve("ward.db");
        Result r = run("--db", db.toString(), "check");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Schema version:", "Integrity:         ok", "patient:");
    }

    @Test
    void theDatabaseOptionWorksAfterTheVerbToo() {
        Path db = dir.resolve("after.db");
        assertThat(run("check", "--db", db.toString()).code()).isZero();
        assertThat(db).exists();
    }

    @Test
    void aFileThatIsNotADatabaseExitsWithThreeAndIsNotChanged() throws Exception {
        Path notes = dir.resolve("notes.txt");
        Files.writeString(notes, "shopping: milk, bread");
        Result r = run("--db", notes.toString(), "check");
        assertThat(r.code()).isEqualTo(ExitCode.DATABASE);
        assertThat(r.err()).contains("not a BedsideNeuro database").doesNotContain("Exception");
        assertThat(Files.readString(notes)).isEqualTo("shopping: milk, bread");
    }

    @Test
    void withoutAVerbTheWindowOpensOnTheChosenDatabase() {
        Path db = dir.resolve("gui.db");
        assertThat(run("--db", db.toString()).code()).isZero();
        assertThat(windowsOpened).containsExactly(db);
    }

    @Test
    void theDefaultDatabaseLivesInTheUsersDataFolder() {
        Path home = Path.of("/home/sam");
        assertThat(DataFolder.resolve("Linux", Map.of(), home)).isEqualTo(home.resolve(".local/share/bedside-neuro"));
        assertThat(DataFolder.resolve("Linux", Map.of("XDG_DATA_HOME", "/data/sam"), home)).isEqualTo(Path.of("/data/sam/bedside-neuro"));
        assertThat(DataFolder.resolve("Linux", Map.of("XDG_DATA_HOME", "relative"), home)).isEqualTo(home.resolve(".local/share/bedside-neuro"));
        assertThat(DataFolder.resolve("Mac OS X", Map.of(), home)).isEqualTo(home.resolve("Library/Application Support/BedsideNeuro"));
        assertThat(DataFolder.resolve("Windows 11", Map.of("APPDATA", "C:\\Users\\sam\\AppData\\Roaming"), home).toString())
                .endsWith("BedsideNeuro");
    }

    @Test
    void onlyAPlainWindowStartSkipsReadingTheVerbs() {
        assertThat(RootCommand.commandLine(db -> 0, System.in, "--db", "ward.db").getSubcommands()).isEmpty();
        assertThat(RootCommand.commandLine(db -> 0).getSubcommands()).containsKey("check");
        assertThat(RootCommand.commandLine(db -> 0, System.in, "--help").getSubcommands()).containsKey("export-pdf");
        assertThat(RootCommand.commandLine(db -> 0, System.in, "--db", "ward.db", "check").getSubcommands()).containsKey("check");
    }

    @Test
    void aPlainWindowStartTakesTheDatabaseInEitherSpelling() {
        Path db = dir.resolve("gui.db");
        assertThat(run("--db=" + db).code()).isZero();
        assertThat(run().code()).isZero();
        assertThat(windowsOpened).hasSize(2).first().isEqualTo(db);
        assertThat(windowsOpened.get(1)).isEqualTo(DataFolder.defaultDatabase());
    }

    @Test
    void aWindowStartWithABadDatabaseValueIsStillAUsageErrorInPlainWords() {
        Result r = run("--db", "postgresql://nurse:secret@ward-server/ward");
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("password").doesNotContain("secret").doesNotContain("Exception");
        assertThat(windowsOpened).isEmpty();
    }

    @Test
    void aWindowThatCannotStartSaysWhyWithTheUsualExitCode() {
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"--db", dir.resolve("w.db").toString()}, new PrintWriter(new StringWriter(), true),
                new PrintWriter(err, true), db -> {
                    throw new IllegalArgumentException("That folder cannot be written.");
                });
        assertThat(code).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(err.toString()).contains("That folder cannot be written. Nothing was written.").doesNotContain("Exception");
    }
}
