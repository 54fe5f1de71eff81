package org.bedsideneuro.ui.common;

import java.util.List;
import java.util.Objects;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * The app's stylesheets, applied to every scene (main window and dialogs alike), so no screen styles itself inline:
 * theme.css always, and dark.css over it for the dark theme (Settings → Dark theme, kept for the computer).
 *
 * <p>The variant is one per running app, as the look of every open window is: held here, set at start from the
 * computer's settings and changed from the menu, which restyles every window already open.
 */
public final class Theme {
    private static final String LIGHT = "/org/bedsideneuro/ui/theme.css";
    private static final String DARK = "/org/bedsideneuro/ui/dark.css";
    private static volatile Variant variant = Variant.LIGHT;

    private Theme() {
    }

    /** The two looks: light for daylight, dark for a dimmed ward at night. */
    public enum Variant { LIGHT, DARK }

    public static String lightStylesheet() {
        return stylesheet(LIGHT);
    }

    public static String darkStylesheet() {
        return stylesheet(DARK);
    }

    private static String stylesheet(String path) {
        return Objects.requireNonNull(Theme.class.getResource(path), path + " missing from the build").toExternalForm();
    }

    public static Variant variant() {
        return variant;
    }

    /** Uses {@code chosen} from now on, in every open window too (a dialog's pane included). FX thread once the toolkit runs. */
    public static void use(Variant chosen) {
        variant = Objects.requireNonNull(chosen, "variant");
        for (Window window : Window.getWindows()) {
            Scene scene = window.getScene();
            if (scene != null) {
                apply(scene);
                if (scene.getRoot() != null && scene.getRoot().getStylesheets().contains(lightStylesheet())) {
                    apply(scene.getRoot());
                }
            }
        }
    }

    /** Gives {@code scene} the stylesheets of the variant in use: the light theme, and the dark one after it or not. */
    public static void apply(Scene scene) {
        apply(scene.getStylesheets());
    }

    /**
     * The same on a dialog's pane: a dialog's own stylesheets outrank its scene's, so a dialog is styled on its pane
     * ({@code Theme.apply(getDialogPane())}), where the dark palette must follow the light one too.
     */
    public static void apply(Parent pane) {
        apply(pane.getStylesheets());
    }

    private static void apply(List<String> sheets) {
        String light = lightStylesheet();
        String dark = darkStylesheet();
        if (!sheets.contains(light)) {
            sheets.add(0, light);
        }
        boolean wantDark = variant == Variant.DARK;
        if (wantDark && !sheets.contains(dark)) {
            sheets.add(dark); // last: its palette overrides theme.css's
        } else if (!wantDark) {
            sheets.remove(dark);
        }
    }
}
