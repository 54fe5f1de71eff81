package org.bedsideneuro.ui.login;

import java.nio.file.Path;
import java.time.Duration;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import org.bedsideneuro.service.ComputerSettings;

/**
 * How many idle minutes before the window locks ("default 5 minutes, a setting from 1 to 30"),
 * remembered per computer in {@code settings.properties} in the data folder ({@link ComputerSettings}). The file's
 * path comes from the launcher, so this layer never depends on {@code app}; without one (tests, the benchmark) the
 * setting lives for the session only. A change is saved and applied to the running {@link IdleLock} at once.
 */
public final class LockSetting {
    private final Path file;
    private final ReadOnlyIntegerWrapper minutes;
    private ComputerSettings settings;

    private LockSetting(Path file, ComputerSettings settings) {
        this.file = file;
        this.settings = settings;
        this.minutes = new ReadOnlyIntegerWrapper(this, "minutes", settings.lockMinutes());
    }

    /** Reads the setting from {@code file} (missing or unreadable: the default, 5 minutes); null: not saved anywhere. */
    public static LockSetting load(Path file) {
        return new LockSetting(file, file == null ? ComputerSettings.defaults() : ComputerSettings.load(file));
    }

    /** A setting for this session only, not saved (tests, or a launcher with no data folder). */
    public static LockSetting unsaved(Duration timeout) {
        return new LockSetting(null, ComputerSettings.defaults().withLockMinutes((int) timeout.toMinutes()));
    }

    public int minutes() {
        return minutes.get();
    }

    public Duration timeout() {
        return Duration.ofMinutes(minutes.get());
    }

    public ReadOnlyIntegerProperty minutesProperty() {
        return minutes.getReadOnlyProperty();
    }

    /**
     * Sets a new idle period from 1 to 30 minutes, saves it for this computer and applies it to {@code lock} at once.
     * Out of range: IllegalArgumentException with a message for the screen, nothing changed. A small file written on
     * the calling thread: a few hundred bytes, moved into place atomically by {@link ComputerSettings#save}.
     */
    public void change(int newMinutes, IdleLock lock) {
        // Read afresh: the same file holds other settings (the ward server), perhaps changed since the start.
        ComputerSettings changed = (file == null ? settings : ComputerSettings.load(file)).withLockMinutes(newMinutes);
        if (file != null) {
            changed.save(file);
        }
        settings = changed;
        minutes.set(newMinutes);
        lock.setTimeout(Duration.ofMinutes(newMinutes));
    }
}
