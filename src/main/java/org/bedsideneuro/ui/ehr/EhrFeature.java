package org.bedsideneuro.ui.ehr;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.Window;
import org.bedsideneuro.domain.account.Action;
import org.bedsideneuro.domain.account.Permissions;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.service.ComputerSettings;
import org.bedsideneuro.service.EhrClient;
import org.bedsideneuro.ui.common.BackgroundRunner;
import org.bedsideneuro.ui.patient.PatientView;
import org.bedsideneuro.ui.shell.AppWindow;
import org.bedsideneuro.ui.ward.WardRow;

/**
 * Plugs the EHR into the main window: "Update from the EHR…" on the patient page and "EHR, Update the ward from the
 * EHR…" in the menu bar, for those who may manage medication orders, each opening the preview once the record is read; notices go to both screens. The server is this
 * computer's setting ({@link #settingsItem}), read at each update.
 */
public final class EhrFeature {
    /** How long each answer from the EHR may take before the update stops with a plain message. */
    public static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final AppWindow window;
    private final EhrUpdateViewModel model;

    private EhrFeature(AppWindow window, Path settingsFile, Function<URI, EhrClient> clients) {
        this.window = window;
        this.model = new EhrUpdateViewModel(window.records(), window.clinician(), window.clock(), window.runner(),
                () -> savedServer(settingsFile), clients);
        model.noticeProperty().addListener((obs, old, notice) -> {
            if (notice != null) {
                window.wardModel().noticeProperty().set(notice);
                window.patientModel().noticeProperty().set(notice);
            }
        });
        // Shown after the read's delivery has returned: a dialog waiting for the clinician inside it would hold the
        // window's background runner as busy for as long as the preview stays open.
        model.previewProperty().addListener((obs, old, preview) -> {
            if (preview != null) {
                Platform.runLater(() -> confirm(preview));
            }
        });
    }

    /**
     * @param settingsFile this computer's settings file, where the EHR server is kept (null: none, as in a test)
     * @param clients      the client for a server, signed in when it asks for it
     */
    public static EhrFeature install(AppWindow window, Path settingsFile, Function<URI, EhrClient> clients) {
        EhrFeature feature = new EhrFeature(window, settingsFile, clients);
        // Orders are a neurologist's to bring in, from the EHR as by hand: the window hides what a role cannot do.
        if (Permissions.allows(window.clinician(), false, Action.MANAGE_MEDICATION)) {
            window.onPatientPage(feature::installOnPatientPage);
            feature.installOnWard();
        }
        return feature;
    }

    /** Without sign-in: for an open (test) server. */
    public static EhrFeature install(AppWindow window, Path settingsFile) {
        return install(window, settingsFile, uri -> new EhrClient(TIMEOUT, null));
    }

    /** "EHR server…" for the Settings menu: the dialog of {@link EhrServerSettingsModel}, saved for this computer. */
    public static MenuItem settingsItem(Path settingsFile, BackgroundRunner runner, Supplier<Window> owner, Function<URI, EhrClient> clients) {
        MenuItem item = new MenuItem("EHR server\u2026");
        item.setId("ehrServerMenuItem");
        item.setOnAction(e -> {
            EhrServerSettingsModel settings = new EhrServerSettingsModel(settingsFile, runner, uri -> clients.apply(uri).describe(uri));
            new EhrServerDialog(settings, owner.get()).showAndWait();
        });
        return item;
    }

    private void confirm(EhrPreview preview) {
        if (model.previewProperty().get() != preview) {
            return; // discarded meanwhile
        }
        boolean confirmed = new EhrUpdateDialog(preview, owner()).showAndWait().orElse(false);
        if (confirmed) {
            model.apply(window::recordsChanged);
        } else {
            model.discard();
        }
    }

    public EhrUpdateViewModel model() {
        return model;
    }

    private static Optional<URI> savedServer(Path settingsFile) {
        if (settingsFile == null) {
            return Optional.empty();
        }
        try {
            return ComputerSettings.load(settingsFile).ehrUri().map(EhrServerAddress::parse);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private void installOnPatientPage(PatientView page) {
        Button update = new Button("Update from the EHR\u2026");
        update.setId("patientUpdateFromEhr");
        update.disableProperty().bind(window.patientModel().patientProperty().isNull().or(model.busyProperty()));
        update.setOnAction(e -> patient().ifPresent(model::updatePatient));
        page.addAction(update);
    }

    /**
     * The whole ward from the menu bar above the ward screen (an EHR menu): the ward's toolbar has no room left for a
     * button of this length on a laptop's 1280 pixels.
     */
    private void installOnWard() {
        MenuItem update = new MenuItem("Update the ward from the EHR\u2026");
        update.setId("wardUpdateFromEhr");
        update.disableProperty().bind(model.busyProperty());
        update.setOnAction(e -> updateWard());
        Menu ehr = new Menu("EHR");
        ehr.setId("ehrMenu");
        ehr.getItems().add(update);
        window.menus().add(ehr);
    }

    /** Reads every patient of the ward list from the EHR and previews them together. */
    public void updateWard() {
        model.updateWard(window.wardModel().allRows().stream().map(WardRow::patient).toList());
    }

    private Optional<Patient> patient() {
        return Optional.ofNullable(window.patientModel().patientProperty().get());
    }

    private Window owner() {
        return window.root().getScene() == null ? null : window.root().getScene().getWindow();
    }
}
