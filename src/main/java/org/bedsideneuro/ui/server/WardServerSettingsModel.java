package org.bedsideneuro.ui.server;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.bedsideneuro.persistence.DatabaseLocation;
import org.bedsideneuro.persistence.PasswordPrompt;
import org.bedsideneuro.persistence.ServerProbe;
import org.bedsideneuro.service.ComputerSettings;
import org.bedsideneuro.ui.common.BackgroundRunner;

/**
 * "Settings, Ward server…": this laptop's own database or the ward server, the server's
 * {@code postgresql://} URI, a connection test, and the choice remembered for this computer in its settings file.
 * The password is asked when the server wants one that PGPASSWORD and ~/.pgpass do not give, and is never stored.
 * FX thread; the test runs on the background runner.
 */
public final class WardServerSettingsModel {
    private final Path settingsFile;
    private final Path localDatabase;
    private final BackgroundRunner runner;
    private final PasswordPrompt prompt;
    private final Tester tester;
    private final String givenOnCommandLine;
    private final BooleanProperty useServer = new SimpleBooleanProperty(this, "useServer");
    private final StringProperty uri = new SimpleStringProperty(this, "uri", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper statusProblem = new ReadOnlyBooleanWrapper(this, "statusProblem");
    private final ReadOnlyBooleanWrapper testing = new ReadOnlyBooleanWrapper(this, "testing");
    private final BooleanBinding canTest;

    /**
     * @param settingsFile       this computer's settings file (in the data folder)
     * @param localDatabase      this laptop's own database file (the data folder's, unless --db named another)
     * @param givenOnCommandLine the {@code --db} of this start, or null: it wins over the saved choice, which is said
     */
    public WardServerSettingsModel(Path settingsFile, Path localDatabase, BackgroundRunner runner, PasswordPrompt prompt, Tester tester,
                                   String givenOnCommandLine) {
        this.settingsFile = Objects.requireNonNull(settingsFile, "settings file");
        this.localDatabase = Objects.requireNonNull(localDatabase, "local database");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.prompt = Objects.requireNonNull(prompt, "prompt");
        this.tester = Objects.requireNonNull(tester, "tester");
        this.givenOnCommandLine = givenOnCommandLine;
        // Nothing saved yet but this start was given a server: offer that one, so saving it is one click.
        Optional<String> saved = ComputerSettings.load(settingsFile).serverUri().or(() -> Optional.ofNullable(givenOnCommandLine)
                .filter(given -> given.toLowerCase(Locale.ROOT).startsWith("postgres")));
        useServer.set(saved.isPresent());
        uri.set(saved.orElse(""));
        canTest = Bindings.createBooleanBinding(() -> useServer.get() && !uri.get().isBlank() && !testing.get(), useServer, uri, testing);
        useServer.addListener((obs, was, now) -> say("", false));
        uri.addListener((obs, was, now) -> say("", false));
    }

    public WardServerSettingsModel(Path settingsFile, Path localDatabase, BackgroundRunner runner, PasswordPrompt prompt, String givenOnCommandLine) {
        this(settingsFile, localDatabase, runner, prompt, ServerProbe::test, givenOnCommandLine);
    }

    /** Tests a server; the real one logs in and reads the schema version without writing. */
    @FunctionalInterface
    public interface Tester {
        String test(DatabaseLocation.PostgresServer server, PasswordPrompt prompt);
    }

    /** The server the URI names, or empty with the reason in the status. */
    private Optional<DatabaseLocation.PostgresServer> server() {
        String text = uri.get() == null ? "" : uri.get().strip();
        if (text.isEmpty()) {
            say("Enter the ward server's address, e.g. postgresql://ward-server/bedside_neuro?sslmode=verify-full (IT has it).", true);
            return Optional.empty();
        }
        try {
            DatabaseLocation location = DatabaseLocation.parse(text);
            if (location instanceof DatabaseLocation.PostgresServer server) {
                return Optional.of(server);
            }
            say("A ward server address starts with postgresql:// , e.g. postgresql://ward-server/bedside_neuro.", true);
        } catch (IllegalArgumentException e) {
            say(String.valueOf(e.getMessage()).replaceFirst("^--db: ", ""), true);
        }
        return Optional.empty();
    }

    /** Connects as the app would and says what it found; nothing on the server is changed. */
    public void testConnection() {
        Optional<DatabaseLocation.PostgresServer> server = server();
        if (server.isEmpty()) {
            return;
        }
        testing.set(true);
        say("Connecting to " + server.get().describe() + "…", false);
        runner.run(() -> tester.test(server.get(), prompt), found -> {
            testing.set(false);
            say(found, false);
        }, failure -> {
            testing.set(false);
            say(failure.message(), true);
        });
    }

    /**
     * Remembers the choice for this computer (other settings in the file are kept). Returns where BedsideNeuro will
     * open from now on, or empty when the URI is not valid (the status says why; nothing is saved then).
     */
    public Optional<DatabaseLocation> save() {
        Optional<DatabaseLocation> chosen;
        if (useServer.get()) {
            chosen = server().map(s -> s);
            if (chosen.isEmpty()) {
                return chosen;
            }
        } else {
            chosen = Optional.of(new DatabaseLocation.SqliteFile(localDatabase));
        }
        try {
            ComputerSettings.load(settingsFile).withServerUri(useServer.get() ? uri.get().strip() : null).save(settingsFile);
        } catch (RuntimeException e) {
            say("The choice could not be saved (" + e.getMessage() + ").", true);
            return Optional.empty();
        }
        String where = useServer.get() ? "the ward server " + uri.get().strip() : "this laptop's own database";
        say("Saved for this computer: BedsideNeuro opens " + where + " from its next start."
                + (givenOnCommandLine == null ? "" : " This start was given --db " + givenOnCommandLine + ", which wins while it is given."), false);
        return chosen;
    }

    private void say(String text, boolean isProblem) {
        status.set(text);
        statusProblem.set(isProblem);
    }

    public BooleanProperty useServerProperty() { return useServer; }
    public StringProperty uriProperty() { return uri; }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty statusProblemProperty() { return statusProblem.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty testingProperty() { return testing.getReadOnlyProperty(); }
    public BooleanBinding canTestBinding() { return canTest; }
}
