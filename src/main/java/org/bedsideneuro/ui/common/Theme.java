package org.bedsideneuro.ui.common;

import java.util.Objects;
import javafx.scene.Scene;

/** The app's stylesheet, applied to every scene (main window and dialogs alike), so no screen styles itself inline. */
public final class Theme {
    private static final String LIGHT = "/org/bedsideneuro/ui/theme.css";

    private Theme() {
    }

    public static String lightStylesheet() {
        return Objects.requireNonNull(Theme.class.getResource(LIGHT), "theme.css missing from the build").toExternalForm();
    }

    public static void apply(Scene scene) {
        String sheet = lightStylesheet();
        if (!scene.getStylesheets().contains(sheet)) {
            scene.getStylesheets().add(sheet);
        }
    }
}
