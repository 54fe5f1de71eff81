package org.bedsideneuro.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;

/**
 * What the launcher decided before the GUI starts: which database file, which clock (the system clock in use,
 * a fixed one for screenshots), and the demo ward loader to offer on an empty database (may be null).
 */
public record LaunchSettings(Path databaseFile, Clock clock, DemoWardLoader demoWardLoader) {
    public LaunchSettings {
        Objects.requireNonNull(databaseFile, "database file");
        Objects.requireNonNull(clock, "clock");
    }
}
