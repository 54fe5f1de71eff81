package org.bedsideneuro.app;

import java.nio.file.Path;

/** Starts the JavaFX application. Kept tiny: JavaFX classes are loaded only when the window is wanted. */
final class JavaFxLauncher implements GuiLauncher {
    @Override
    public int launch(Path database) {
        System.err.println("The window is not wired yet; use a command (--help).");
        return ExitCode.OK;
    }
}
