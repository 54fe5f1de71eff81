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
 * are; the UI may not reach into the launcher for them (issue #12).
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

    /** This computer's {@code settings.properties} (the lock time, issue #11 point 3; the ward server); null: defaults, not saved. */
    public Path computerSettingsFile() {
        return computer == null ? null : computer.settingsFile();
    }

    /** The database file on this laptop, or null when the database is on the ward server. */
    public Path databaseFile() {
        return database instanceof DatabaseLocation.SqliteFile f ? f.file() : null;
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
     * file used when no server is chosen, the folder for drafts kept while the server cannot be reached, and the
     * {@code --db} given to this start (null when none: the saved choice was used).
     */
    public record Computer(Path settingsFile, Path localDatabase, Path localDrafts, String givenOnCommandLine) {
        public Computer {
            Objects.requireNonNull(settingsFile, "settings file");
            Objects.requireNonNull(localDatabase, "local database");
            Objects.requireNonNull(localDrafts, "local drafts folder");
        }
    }
}
