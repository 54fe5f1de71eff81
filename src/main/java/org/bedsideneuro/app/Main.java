package org.bedsideneuro.app;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.bedsideneuro.app.cli.RootCommand;
import org.bedsideneuro.app.cli.WindowStart;
import picocli.CommandLine;

/**
 * The one entry point of the jar, the installed launcher and {@code ./mvnw javafx:run}: parses the command line and
 * runs a verb, or starts the window. Deliberately not a JavaFX Application: {@code java -jar} with JavaFX on the class
 * path refuses an Application main class (shared/engineering-notes.md).
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        keepSqliteNativeLibraryInOurFolder();
        int code = run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true), new JavaFxLauncher());
        System.exit(code);
    }

    /** Runs the command line with the given streams; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, GuiLauncher gui) {
        return run(args, System.in, out, err, gui);
    }

    /** Runs the command line with {@code in} as standard input (passwords are read from it when it is not a terminal). */
    public static int run(String[] args, InputStream in, PrintWriter out, PrintWriter err, GuiLauncher gui) {
        // A plain window start skips picocli altogether: it came before the toolkit and the database on every start.
        Optional<Integer> window = WindowStart.launch(gui, err, args);
        if (window.isPresent()) {
            return window.get();
        }
        CommandLine cli = RootCommand.commandLine(gui, in, args);
        cli.setOut(out);
        cli.setErr(err);
        return cli.execute(args);
    }

    /**
     * sqlite-jdbc unpacks its native library into the temp folder on every start and never cleans up after a killed
     * process; a noexec /tmp breaks it (shared/engineering-notes.md). Use a folder of our own unless told otherwise.
     */
    private static void keepSqliteNativeLibraryInOurFolder() {
        if (System.getProperty("org.sqlite.tmpdir") != null || System.getProperty("org.sqlite.lib.path") != null) {
            return;
        }
        try {
            Path dir = DataFolder.forCurrentUser().resolve("native");
            Files.createDirectories(dir);
            System.setProperty("org.sqlite.tmpdir", dir.toString());
        } catch (Exception e) {
            // fall back to the system temp folder: the driver still works there on most machines
        }
    }
}
