package org.bedsideneuro.app;

import java.nio.file.Path;
import org.bedsideneuro.persistence.DatabaseLocation;

/** Starts the window on a database. An interface so that command-line tests never open a window. */
@FunctionalInterface
public interface GuiLauncher {
    /** Blocks until the window is closed; returns the exit code. */
    int launch(Path database);

    /**
     * Starts the window on the {@code --db} given (null when none was: the launcher decides, the real one from this
     * computer's saved ward-server choice). This default opens files only, as launchers before the ward
     * server did.
     */
    default int launch(DatabaseLocation given) {
        DatabaseLocation location = given != null ? given : new DatabaseLocation.SqliteFile(DataFolder.defaultDatabase());
        if (location instanceof DatabaseLocation.SqliteFile file) {
            return launch(file.file());
        }
        throw new IllegalArgumentException("This launcher opens database files only, not " + location.describe() + ".");
    }

    /** Starts the window on the demo ward's own database ({@code --demo}), made and filled on first use. */
    default int launchDemo() {
        return launch(new DatabaseLocation.SqliteFile(DataFolder.demoDatabase()));
    }
}
