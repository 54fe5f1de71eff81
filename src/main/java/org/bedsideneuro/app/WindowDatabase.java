package org.bedsideneuro.app;

import java.nio.file.Path;
import org.bedsideneuro.persistence.DatabaseLocation;
import org.bedsideneuro.service.ComputerSettings;

/**
 * Which database the window opens: the {@code --db} given, else the ward server this computer
 * was set to in "Settings, Ward server…", else this laptop's own file in the data folder.
 */
final class WindowDatabase {
    private WindowDatabase() {
    }

    static DatabaseLocation choose(DatabaseLocation given, ComputerSettings settings, Path defaultFile) {
        if (given != null) {
            return given;
        }
        String saved = settings.serverUri().orElse(null);
        if (saved == null) {
            return new DatabaseLocation.SqliteFile(defaultFile);
        }
        try {
            return DatabaseLocation.parse(saved);
        } catch (IllegalArgumentException e) {
            // Never fall back to another database in silence: the ward would record into the wrong one.
            throw new IllegalArgumentException("The ward server saved for this computer (" + ComputerSettings.FILE_NAME + " in "
                    + defaultFile.getParent() + ") is not a valid address: " + String.valueOf(e.getMessage()).replaceFirst("^--db: ", "")
                    + " Start with --db FILE or --db postgresql://…, then correct it in Settings, Ward server….", e);
        }
    }
}
