package org.bedsideneuro.service;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Settings remembered per computer, not per database: how soon an unattended window locks,
 * which ward server this laptop connects to, which EHR server it reads from, and whether it shows the dark theme. Kept as a small properties file in the user's data
 * folder. Never holds a password: the ward server's password comes from {@code PGPASSWORD}, a {@code .pgpass} file
 * or a prompt.
 * <p>
 * Immutable: each {@code with…} returns a new value; {@link #save} writes a temporary file and moves it over the old
 * one, so a crash mid-write leaves the previous settings, never half a file.
 */
public final class ComputerSettings {
    public static final String FILE_NAME = "settings.properties";

    /** Issue #11 point 3: "default 5 minutes, a setting from 1 to 30". */
    public static final int DEFAULT_LOCK_MINUTES = 5;
    public static final int MIN_LOCK_MINUTES = 1;
    public static final int MAX_LOCK_MINUTES = 30;

    private static final String LOCK_MINUTES = "lock.minutes";
    private static final String SERVER_URI = "server.uri";
    private static final String EHR_URI = "ehr.uri";
    private static final String EHR_CLIENT_ID = "ehr.client_id";
    /** The SMART client id asked for when the hospital registered BedsideNeuro under no other name. */
    public static final String DEFAULT_EHR_CLIENT_ID = "bedside-neuro";
    private static final String THEME = "theme";
    private static final String DARK = "dark";
    private static final String TREND_PERIOD = "trend.period";
    private static final String TREND_OPENED = "trend.opened";

    private final Properties values;

    private ComputerSettings(Properties values) {
        this.values = values;
    }

    public static ComputerSettings defaults() {
        return new ComputerSettings(new Properties());
    }

    /** Reads {@code file}; a missing or unreadable file gives the defaults (settings are a convenience, never a reason not to start). */
    public static ComputerSettings load(Path file) {
        Properties values = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                values.load(reader);
            } catch (IOException | IllegalArgumentException e) {
                return defaults();
            }
        }
        return new ComputerSettings(values);
    }

    public void save(Path file) {
        try {
            Path folder = file.toAbsolutePath().getParent();
            Files.createDirectories(folder);
            Path temporary = Files.createTempFile(folder, FILE_NAME, ".tmp");
            try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                values.store(writer, "BedsideNeuro settings for this computer; secrets are never kept here");
            }
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not save the settings to " + file + ": " + e.getMessage(), e);
        }
    }

    /** Minutes without keyboard or mouse input before the window locks, always within 1 to 30. */
    public int lockMinutes() {
        try {
            int minutes = Integer.parseInt(values.getProperty(LOCK_MINUTES, String.valueOf(DEFAULT_LOCK_MINUTES)).trim());
            return Math.max(MIN_LOCK_MINUTES, Math.min(MAX_LOCK_MINUTES, minutes));
        } catch (NumberFormatException e) {
            return DEFAULT_LOCK_MINUTES;
        }
    }

    public ComputerSettings withLockMinutes(int minutes) {
        if (minutes < MIN_LOCK_MINUTES || minutes > MAX_LOCK_MINUTES) {
            throw new IllegalArgumentException("The lock time must be from " + MIN_LOCK_MINUTES + " to " + MAX_LOCK_MINUTES + " minutes.");
        }
        return with(LOCK_MINUTES, String.valueOf(minutes));
    }

    /** The ward server's {@code postgresql://} URI this computer connects to; empty means the local database file. */
    public Optional<String> serverUri() {
        return Optional.ofNullable(values.getProperty(SERVER_URI)).map(String::trim).filter(s -> !s.isEmpty());
    }

    public ComputerSettings withServerUri(String uri) {
        return with(SERVER_URI, uri == null ? null : uri.trim());
    }

    /** The base URL of the hospital's FHIR R4 server this computer reads from; empty when none is set. */
    public Optional<String> ehrUri() {
        return Optional.ofNullable(values.getProperty(EHR_URI)).map(String::trim).filter(s -> !s.isEmpty());
    }

    public ComputerSettings withEhrUri(String uri) {
        return with(EHR_URI, uri == null ? null : uri.trim());
    }

    /** The client id the hospital registered BedsideNeuro under for SMART sign-in (a public client: no secret). */
    public String ehrClientId() {
        String id = values.getProperty(EHR_CLIENT_ID, "").trim();
        return id.isEmpty() ? DEFAULT_EHR_CLIENT_ID : id;
    }

    /** True when this computer shows the dark theme (a dimmed ward at night); anything but "theme=dark" is light. */
    public boolean darkTheme() {
        return DARK.equalsIgnoreCase(values.getProperty(THEME, "").trim());
    }

    public ComputerSettings withDarkTheme(boolean dark) {
        return with(THEME, dark ? DARK : null);
    }

    /** The trend's period last chosen on this computer (a TrendPeriod name), or empty. */
    public String trendPeriod() {
        return values.getProperty(TREND_PERIOD, "").trim();
    }

    /** The trend lanes left opened on this computer (lane ids). */
    public Set<String> trendOpenedLanes() {
        return Arrays.stream(values.getProperty(TREND_OPENED, "").split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    public ComputerSettings withTrend(String period, Set<String> openedLanes) {
        return with(TREND_PERIOD, period).with(TREND_OPENED, String.join(",", new TreeSet<>(openedLanes)));
    }

    private ComputerSettings with(String key, String value) {
        Properties copy = new Properties();
        copy.putAll(values);
        if (value == null || value.isEmpty()) {
            copy.remove(key);
        } else {
            copy.setProperty(key, value);
        }
        return new ComputerSettings(copy);
    }
}
