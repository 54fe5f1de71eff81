package org.bedsideneuro.app.cli;

import java.io.PrintWriter;
import java.util.Optional;
import org.bedsideneuro.app.GuiLauncher;
import org.bedsideneuro.persistence.DatabaseLocation;

/**
 * The plain window start ({@code bedside-neuro} or {@code bedside-neuro --db FILE|URI}) without picocli. Building
 * picocli's model of the root command (annotations read by reflection, about 170 classes) came before everything else
 * on every start, the toolkit and the database waiting for it. Anything else, a {@code --db} value that does
 * not parse included, goes to picocli as always, so help, versions, verbs and mistakes read the same.
 */
public final class WindowStart {
    private WindowStart() {
    }

    /**
     * {@code [--db FILE|URI]} and nothing else. Here rather than in RootCommand: loading RootCommand loads its eleven
     * verbs' classes too.
     */
    static boolean opensWindowOnly(String... args) {
        return args.length == 0 || (args.length == 1 && args[0].startsWith("--db=") && args[0].length() > 5)
                || (args.length == 2 && args[0].equals("--db") && !args[1].startsWith("-"));
    }

    /**
     * Launches the window when {@code args} are a plain window start with a valid {@code --db} (or none) and returns
     * its exit code; empty when picocli must handle them.
     */
    public static Optional<Integer> launch(GuiLauncher gui, PrintWriter err, String... args) {
        if (args.length == 1 && args[0].equals("--demo")) {
            try {
                return Optional.of(gui.launchDemo());
            } catch (Exception e) {
                return Optional.of(FailureHandler.report(e, err));
            }
        }
        if (!opensWindowOnly(args)) {
            return Optional.empty();
        }
        DatabaseLocation location = null;
        if (args.length > 0) {
            String value = args.length == 1 ? args[0].substring("--db=".length()) : args[1];
            try {
                location = DatabaseLocation.parse(value);
            } catch (IllegalArgumentException e) {
                return Optional.empty(); // picocli reports it as a usage error, as before
            }
        }
        try {
            return Optional.of(gui.launch(location));
        } catch (Exception e) {
            // The same message and exit code as picocli's execution handler gives (RootCommand.call is this same call).
            return Optional.of(FailureHandler.report(e, err));
        }
    }
}
