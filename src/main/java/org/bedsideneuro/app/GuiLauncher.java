package org.bedsideneuro.app;

import java.nio.file.Path;

/** Starts the window on a database file. An interface so that command-line tests never open a window. */
@FunctionalInterface
public interface GuiLauncher {
    /** Blocks until the window is closed; returns the exit code. */
    int launch(Path database);
}
