package org.bedsideneuro.app;

import java.nio.file.Path;
import java.time.Clock;
import javafx.application.Application;
import org.bedsideneuro.persistence.DatabaseLocation;
import org.bedsideneuro.service.ComputerSettings;
import org.bedsideneuro.ui.BedsideNeuroApp;
import org.bedsideneuro.ui.LaunchSettings;

/**
 * Starts the JavaFX application on a database file or the ward server, with the demo ward offered when the ward is
 * empty. JavaFX classes are loaded only here, so command-line verbs never pay for them.
 */
final class JavaFxLauncher implements GuiLauncher {
    @Override
    public int launch(Path database) {
        return launch((DatabaseLocation) new DatabaseLocation.SqliteFile(database));
    }

    @Override
    public int launch(DatabaseLocation given) {
        return launch(given, false);
    }

    @Override
    public int launchDemo() {
        return launch(null, true);
    }

    private int launch(DatabaseLocation given, boolean demo) {
        Clock clock = Clock.systemDefaultZone();
        Path folder = DataFolder.forCurrentUser();
        Path settingsFile = folder.resolve(ComputerSettings.FILE_NAME);
        DatabaseLocation ward = WindowDatabase.choose(given, ComputerSettings.load(settingsFile), DataFolder.defaultDatabase());
        LaunchSettings.Computer computer = new LaunchSettings.Computer(settingsFile, DataFolder.defaultDatabase(), folder.resolve("drafts"),
                given == null ? null : given.describe(), ward, DataFolder.demoDatabase());
        LaunchSettings settings = new LaunchSettings(ward, clock, (db, by) -> DemoWardInstaller.install(db, by, clock), null, null, computer);
        BedsideNeuroApp.configure(demo ? settings.onDemo() : settings);
        Application.launch(BedsideNeuroApp.class);
        return ExitCode.OK;
    }
}
