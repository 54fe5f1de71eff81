package org.bedsideneuro.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.function.BiConsumer;
import javafx.stage.Stage;
import org.bedsideneuro.domain.clinician.Role;

/**
 * What the launcher decided before the GUI starts: which database file, which clock (the system clock in use,
 * a fixed one for screenshots), and the demo ward loader to offer on an empty database (may be null).
 * <p>
 * Two optional seams for unattended starts (the start-up benchmark, screenshots): {@code recordingAs} names the
 * clinician so that the "who is recording" prompt is skipped (null: ask, as always), and {@code mainWindowShown} is
 * called on the FX thread once the main window's scene is on the stage (null: nothing).
 * <p>
 * {@code computerSettingsFile} is this computer's {@code settings.properties} in the data folder (the lock time, issue
 * #11 point 3), given by the launcher so that this layer never depends on {@code app}; null: defaults, not saved.
 */
public record LaunchSettings(Path databaseFile, Clock clock, DemoWardLoader demoWardLoader, RecordingAs recordingAs,
                             BiConsumer<Stage, MainWindow> mainWindowShown, Path computerSettingsFile) {
    public LaunchSettings {
        Objects.requireNonNull(databaseFile, "database file");
        Objects.requireNonNull(clock, "clock");
    }

    public LaunchSettings(Path databaseFile, Clock clock, DemoWardLoader demoWardLoader, RecordingAs recordingAs,
                          BiConsumer<Stage, MainWindow> mainWindowShown) {
        this(databaseFile, clock, demoWardLoader, recordingAs, mainWindowShown, null);
    }

    public LaunchSettings(Path databaseFile, Clock clock, DemoWardLoader demoWardLoader) {
        this(databaseFile, clock, demoWardLoader, null, null, null);
    }

    /** The clinician who records, given up front instead of asked: found or created by name and role. */
    public record RecordingAs(String displayName, Role role) {
        public RecordingAs {
            Objects.requireNonNull(displayName, "name");
            Objects.requireNonNull(role, "role");
        }
    }
}
