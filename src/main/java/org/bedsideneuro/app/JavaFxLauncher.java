package org.bedsideneuro.app;

import java.nio.file.Path;
import java.time.Clock;
import javafx.application.Application;
import org.bedsideneuro.ui.BedsideNeuroApp;
import org.bedsideneuro.ui.LaunchSettings;

/**
 * Starts the JavaFX application on a database file, with the demo ward offered when the ward is empty. JavaFX classes
 * are loaded only here, so command-line verbs never pay for them.
 */
final class JavaFxLauncher implements GuiLauncher {
    @Override
    public int launch(Path database) {
        Clock clock = Clock.systemDefaultZone();
        BedsideNeuroApp.configure(new LaunchSettings(database, clock,
                (db, by) -> DemoWardInstaller.install(db, by, clock), null, null,
                DataFolder.forCurrentUser().resolve(org.bedsideneuro.service.ComputerSettings.FILE_NAME)));
        Application.launch(BedsideNeuroApp.class);
        return ExitCode.OK;
    }
}
