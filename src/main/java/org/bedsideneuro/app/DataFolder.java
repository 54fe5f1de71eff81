package org.bedsideneuro.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.bedsideneuro.ui.LaunchSettings;

/**
 * Where BedsideNeuro keeps its data on this computer: the user's data folder of the operating system, so that
 * upgrading or uninstalling the app never touches the database.
 */
public final class DataFolder {
    public static final String DATABASE_FILE = "bedside-neuro.db";

    private DataFolder() {
    }

    /** The data folder for the current user and operating system. */
    public static Path forCurrentUser() {
        return resolve(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /** The default database file in the data folder. */
    public static Path defaultDatabase() {
        return forCurrentUser().resolve(DATABASE_FILE);
    }

    /** The demo ward's own database, in a folder of its own so that its automatic backups stay apart from the ward's. */
    public static Path demoDatabase() {
        return forCurrentUser().resolve(LaunchSettings.Computer.DEMO_FOLDER)
                .resolve(LaunchSettings.Computer.DEMO_FILE);
    }

    static Path resolve(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : home.resolve("AppData").resolve("Roaming");
            return base.resolve("BedsideNeuro");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("BedsideNeuro");
        }
        String xdg = env.get("XDG_DATA_HOME");
        // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".local").resolve("share");
        return base.resolve("bedside-neuro");
    }
}
