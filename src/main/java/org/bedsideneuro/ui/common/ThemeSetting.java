package org.bedsideneuro.ui.common;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.scene.control.CheckMenuItem;
import org.bedsideneuro.service.ComputerSettings;

/**
 * Light or dark, remembered per computer in {@code settings.properties} in the data folder ({@link ComputerSettings}),
 * like the lock time: a ward laptop used on night shifts stays dark for whoever logs in. The file's path comes from the
 * launcher; without one (tests, the benchmark) the choice lives for the session only.
 */
public final class ThemeSetting {
    private ThemeSetting() {
    }

    /** Puts the variant saved in {@code file} in use (missing, unreadable or null: light). Before the first window. */
    public static void applySaved(Path file) {
        boolean dark = file != null && ComputerSettings.load(file).darkTheme();
        Theme.use(dark ? Theme.Variant.DARK : Theme.Variant.LIGHT);
    }

    /**
     * Settings → Dark theme: every open window changes at once and the choice is saved for this computer. A save that
     * fails (a data folder it may not write in) leaves the change for this session and says why through {@code problem}.
     */
    public static CheckMenuItem menuItem(Path file, Consumer<String> problem) {
        CheckMenuItem item = new CheckMenuItem("Dark theme");
        item.setId("darkThemeMenuItem");
        item.setSelected(Theme.variant() == Theme.Variant.DARK);
        item.selectedProperty().addListener((obs, was, dark) -> { // a click toggles it; so may a test or a keyboard
            Theme.use(dark ? Theme.Variant.DARK : Theme.Variant.LIGHT);
            if (file == null) {
                return;
            }
            try {
                // Read afresh: the same file holds other settings (the lock time, the ward server), perhaps changed since.
                ComputerSettings.load(file).withDarkTheme(dark).save(file);
            } catch (UncheckedIOException failed) {
                problem.accept("The theme is changed for now, but could not be kept for the next start: " + failed.getMessage());
            }
        });
        return item;
    }
}
