package org.bedsideneuro.ui.ehr;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.bedsideneuro.service.ComputerSettings;
import org.bedsideneuro.ui.common.BackgroundRunner;

/**
 * "Settings, EHR server…": the hospital's FHIR R4 base address this computer reads from, a connection test (the
 * server's CapabilityStatement, nothing about any patient) and the choice remembered for this computer in its
 * settings file, like the ward server's. An empty address means no EHR. FX thread; the test runs on the runner.
 */
public final class EhrServerSettingsModel {
    private final Path settingsFile;
    private final BackgroundRunner runner;
    private final Function<URI, String> tester;
    private final StringProperty address = new SimpleStringProperty(this, "address", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper statusProblem = new ReadOnlyBooleanWrapper(this, "statusProblem");
    private final ReadOnlyBooleanWrapper testing = new ReadOnlyBooleanWrapper(this, "testing");
    private final BooleanBinding canTest;

    /**
     * @param settingsFile this computer's settings file (in the data folder)
     * @param tester       asks the server what it is ({@code EhrClient.describe}); throws EhrUnavailableException
     */
    public EhrServerSettingsModel(Path settingsFile, BackgroundRunner runner, Function<URI, String> tester) {
        this.settingsFile = Objects.requireNonNull(settingsFile, "settings file");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.tester = Objects.requireNonNull(tester, "tester");
        address.set(ComputerSettings.load(settingsFile).ehrUri().orElse(""));
        canTest = Bindings.createBooleanBinding(() -> !address.get().isBlank() && !testing.get(), address, testing);
        address.addListener((obs, was, now) -> say("", false));
    }

    private Optional<URI> parsed() {
        try {
            return Optional.of(EhrServerAddress.parse(address.get()));
        } catch (IllegalArgumentException e) {
            say(e.getMessage(), true);
            return Optional.empty();
        }
    }

    /** Asks the server what it is and says so; nothing on the server or here is changed. */
    public void testConnection() {
        Optional<URI> uri = parsed();
        if (uri.isEmpty()) {
            return;
        }
        testing.set(true);
        say("Asking " + uri.get() + " what it is…", false);
        runner.run(() -> tester.apply(uri.get()), found -> {
            testing.set(false);
            say("The EHR answers: " + found + ".", false);
        }, failure -> {
            testing.set(false);
            say(failure.message(), true);
        });
    }

    /**
     * Remembers the address for this computer (other settings in the file are kept); an empty address removes it.
     * Returns false, with the reason in the status, when the address is not valid or cannot be saved.
     */
    public boolean save() {
        String text = address.get() == null ? "" : address.get().strip();
        if (!text.isEmpty() && parsed().isEmpty()) {
            return false;
        }
        try {
            ComputerSettings.load(settingsFile).withEhrUri(text.isEmpty() ? null : text).save(settingsFile);
        } catch (RuntimeException e) {
            say("The address could not be saved (" + e.getMessage() + ").", true);
            return false;
        }
        say(text.isEmpty() ? "Saved: this computer reads from no EHR." : "Saved for this computer: BedsideNeuro reads from " + text + ".", false);
        return true;
    }

    public StringProperty addressProperty() { return address; }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty statusProblemProperty() { return statusProblem.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty testingProperty() { return testing.getReadOnlyProperty(); }
    public BooleanBinding canTestBinding() { return canTest; }

    private void say(String text, boolean isProblem) {
        status.set(text);
        statusProblem.set(isProblem);
    }
}
