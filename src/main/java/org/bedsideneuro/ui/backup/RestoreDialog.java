package org.bedsideneuro.ui.backup;

import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.bedsideneuro.ui.common.Theme;

/** Which backup to restore: the automatic backups beside the database, newest first, or a file chosen elsewhere. */
final class RestoreDialog extends Dialog<Path> {
    RestoreDialog(BackupViewModel model, BackupFileChooser chooser, Window owner) {
        initOwner(owner);
        setTitle("Restore from backup");
        setHeaderText("Which backup? It is checked, and you confirm, before anything changes.");
        ListView<BackupViewModel.Choice> list = new ListView<>(model.choices());
        list.setId("backupChoices");
        list.setPlaceholder(new Label("No automatic backups beside this database yet."));
        list.setPrefHeight(220);
        ButtonType check = new ButtonType("Check this backup…", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(check, ButtonType.CANCEL);
        getDialogPane().lookupButton(check).disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        Button file = new Button("Choose a file…");
        file.setId("chooseBackupFile");
        file.setOnAction(e -> {
            Path chosen = chooser.open(getDialogPane().getScene().getWindow(), model.backupFolder());
            if (chosen != null) {
                setResult(chosen);
                close();
            }
        });
        getDialogPane().setContent(new VBox(8, list, file));
        getDialogPane().setId("restoreDialog");
        Theme.apply(getDialogPane());
        setResultConverter(button -> button == check && list.getSelectionModel().getSelectedItem() != null
                ? list.getSelectionModel().getSelectedItem().file() : null);
    }
}
