package org.bedsideneuro.ui.backup;

import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.stage.Window;
import org.bedsideneuro.domain.account.Account;
import org.bedsideneuro.domain.account.Action;
import org.bedsideneuro.domain.account.Permissions;
import org.bedsideneuro.service.BackupService;
import org.bedsideneuro.ui.common.ClinicalFormats;
import org.bedsideneuro.ui.common.NoticeArea;
import org.bedsideneuro.ui.common.Theme;
import org.bedsideneuro.ui.shell.AppWindow;

/**
 * Plugs backups into a main window: for everyone, the line saying an automatic backup failed; for an administrator,
 * the File menu with "Back up now…" and "Restore from backup…" (nurses and neurologists do not see it, and the service
 * refuses them anyway).
 */
public final class BackupFeature {
    private BackupFeature() {
    }

    /**
     * @param account who is logged in (null on the old "who is recording" start: no menu)
     * @return the administrator's view model, or null when the menu is not shown
     */
    public static BackupViewModel install(AppWindow window, Account account, BackupService service, RestoreHost host,
                                          AutomaticBackupStatus automatic, BackupFileChooser chooser) {
        window.wardView().addBanner(automaticLine(automatic));
        window.onPatientPage(page -> page.addBanner(automaticLine(automatic))); // the page is built on first opening
        if (account == null || !Permissions.allows(account, Action.BACKUP_RESTORE)) {
            return null;
        }
        BackupViewModel model = new BackupViewModel(service, account, host, new ClinicalFormats(window.clock()));
        window.wardView().addBanner(progressLine(model));
        window.onPatientPage(page -> page.addBanner(progressLine(model)));
        model.candidateProperty().addListener((obs, old, summary) -> {
            if (summary != null) {
                // After the check's result is delivered, not inside it: a modal question opens its own event loop.
                Platform.runLater(() -> confirm(window, model, summary));
            }
        });
        window.menus().add(menu(window, model, chooser));
        return model;
    }

    private static NoticeArea automaticLine(AutomaticBackupStatus automatic) {
        NoticeArea line = new NoticeArea(automatic.noticeProperty());
        line.setId("automaticBackupFailure");
        return line;
    }

    private static NoticeArea progressLine(BackupViewModel model) {
        NoticeArea line = new NoticeArea(model.noticeProperty());
        line.setId("backupNotice");
        ProgressBar progress = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        progress.setId("backupProgress");
        progress.visibleProperty().bind(model.busyProperty());
        progress.managedProperty().bind(model.busyProperty());
        line.getChildren().add(0, progress);
        return line;
    }

    private static Menu menu(AppWindow window, BackupViewModel model, BackupFileChooser chooser) {
        MenuItem backUp = new MenuItem("Back up now…");
        backUp.setId("backUpNow");
        MenuItem restore = new MenuItem("Restore from backup…");
        restore.setId("restoreFromBackup");
        if (model.onServer()) {
            backUp.setOnAction(e -> explainServer(window));
            restore.setOnAction(e -> explainServer(window));
        } else {
            backUp.setOnAction(e -> {
                Path home = Path.of(System.getProperty("user.home", "."));
                Path target = chooser.saveAs(owner(window), model.suggestedTarget(home, new ClinicalFormats(window.clock()).today()));
                if (target != null) {
                    model.backUp(target);
                }
            });
            restore.setOnAction(e -> {
                model.loadChoices();
                Path chosen = new RestoreDialog(model, chooser, owner(window)).showAndWait().orElse(null);
                if (chosen != null) {
                    model.check(chosen);
                }
            });
        }
        backUp.disableProperty().bind(model.busyProperty());
        restore.disableProperty().bind(model.busyProperty());
        Menu file = new Menu("File");
        file.setId("fileMenu");
        file.getItems().addAll(backUp, restore);
        return file;
    }

    private static void confirm(AppWindow window, BackupViewModel model, BackupService.BackupSummary summary) {
        ButtonType restore = new ButtonType("Restore this backup", ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, model.confirmation(summary), restore, ButtonType.CANCEL);
        alert.initOwner(owner(window));
        alert.setTitle("Restore from backup");
        alert.setHeaderText("Restore " + summary.file().getFileName() + "?");
        alert.getDialogPane().setId("confirmRestore");
        Theme.apply(alert.getDialogPane());
        if (alert.showAndWait().orElse(ButtonType.CANCEL) == restore) {
            model.restoreCandidate();
        } else {
            model.cancel();
        }
    }

    private static void explainServer(AppWindow window) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, BackupService.ON_SERVER, ButtonType.OK);
        alert.initOwner(owner(window));
        alert.setTitle("Backups on the ward server");
        alert.setHeaderText("Backups are IT's job on the ward server");
        alert.getDialogPane().setId("serverBackups");
        Theme.apply(alert.getDialogPane());
        alert.showAndWait();
    }

    private static Window owner(AppWindow window) {
        return window.root().getScene() == null ? null : window.root().getScene().getWindow();
    }
}
