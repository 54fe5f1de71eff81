package org.bedsideneuro.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.function.BiConsumer;
import javafx.stage.Stage;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.persistence.DatabaseLocation;

/**
 * What the launcher decided before the GUI starts: which database (a file on this laptop or the ward server), which
 * clock (the system clock in use, a fixed one for screenshots), and the demo ward loader to offer on an empty
 * database (may be null).
 * <p>
 * Two optional seams for unattended starts (the start-up benchmark, screenshots): {@code recordingAs} names the
 * clinician so that the "who is recording" prompt is skipped (null: ask, as always), and {@code mainWindowShown} is
 * called on the FX thread once the main window's scene is on the stage (null: nothing).
 * <p>
 * {@code computer} (may be null: no ward-server dialog, no drafts kept on disk) says where this computer's own things
 * are; the UI may not reach into the launcher for them.
 */
public record LaunchSettings(DatabaseLocation database, Clock clock, DemoWardLoader demoWardLoader, RecordingAs recordingAs,
                             BiConsumer<Stage, MainWindow> mainWindowShown, Computer computer) {
    public LaunchSettings {
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(clock, "clock");
    }

    public LaunchSettings(Path databaseFile, Clock clock, DemoWardLoader demoWardLoader, RecordingAs recordingAs,
                          BiConsumer<Stage, MainWindow> mainWindowShown) {
        this(new DatabaseLocation.SqliteFile(Objects.requireNonNull(databaseFile, "database file")), clock, demoWardLoader, recordingAs,
                mainWindowShown, null);
    }

    public LaunchSettings(Path databaseFile, Clock clock, DemoWardLoader demoWardLoader) {
        this(databaseFile, clock, demoWardLoader, null, null);
    }

    /** This computer's {@code settings.properties} (the lock time, the ward server); null: defaults, not saved. */
    public Path computerSettingsFile() {
        return computer == null ? null : computer.settingsFile();
    }

    /** The database file on this laptop, or null when the database is on the ward server. */
    public Path databaseFile() {
        return database instanceof DatabaseLocation.SqliteFile f ? f.file() : null;
    }

    /** Whether this start opens the demo ward's own database (never the ward's). */
    public boolean isDemo() {
        return computer != null && database instanceof DatabaseLocation.SqliteFile file
                && file.file().toAbsolutePath().normalize().equals(computer.demoDatabase().toAbsolutePath().normalize());
    }

    /** Whether a fresh ward offers "Explore the demo ward" before its first administrator is set up. */
    public boolean offersDemo() {
        return computer != null && demoWardLoader != null;
    }

    /** The same start on the demo ward's database. */
    public LaunchSettings onDemo() {
        return withDatabase(new DatabaseLocation.SqliteFile(computer.demoDatabase()));
    }

    /** The same start on this computer's ward database (its file, or the ward server it was set to). */
    public LaunchSettings onWard() {
        return withDatabase(computer.ward());
    }

    /** The same start on another database (the ward-server dialog's choice, tried at once when nothing is open yet). */
    public LaunchSettings withDatabase(DatabaseLocation other) {
        return new LaunchSettings(other, clock, demoWardLoader, recordingAs, mainWindowShown, computer);
    }

    /** The clinician who records, given up front instead of asked: found or created by name and role. */
    public record RecordingAs(String displayName, Role role) {
        public RecordingAs {
            Objects.requireNonNull(displayName, "name");
            Objects.requireNonNull(role, "role");
        }
    }

    /**
     * This computer's own files, all in its data folder: the settings file (the saved ward-server choice), the database
     * file used when no server is chosen, the folder for drafts kept while the server cannot be reached, the
     * {@code --db} given to this start (null when none: the saved choice was used), the ward's database (the file or
     * server this computer records into) and the demo ward's database, a file of its own so that invented patients and
     * demo accounts with published passwords never enter the ward's (docs/decisions/0001-demo-in-its-own-database.md).
     */
    public record Computer(Path settingsFile, Path localDatabase, Path localDrafts, String givenOnCommandLine, DatabaseLocation ward,
                           Path demoDatabase) {
        /** The demo's folder in the data folder: its automatic backups stay apart from the ward's. */
        public static final String DEMO_FOLDER = "demo";
        public static final String DEMO_FILE = "bedside-neuro-demo.db";

        public Computer {
            Objects.requireNonNull(settingsFile, "settings file");
            Objects.requireNonNull(localDatabase, "local database");
            Objects.requireNonNull(localDrafts, "local drafts folder");
            Objects.requireNonNull(ward, "ward database");
            Objects.requireNonNull(demoDatabase, "demo database");
        }

        /** The ward on the local file, the demo in {@code demo/} beside it. */
        public Computer(Path settingsFile, Path localDatabase, Path localDrafts, String givenOnCommandLine) {
            this(settingsFile, localDatabase, localDrafts, givenOnCommandLine, new DatabaseLocation.SqliteFile(localDatabase),
                    localDatabase.resolveSibling(DEMO_FOLDER).resolve(DEMO_FILE));
        }
    }
}
