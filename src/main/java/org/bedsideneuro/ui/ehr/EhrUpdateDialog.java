package org.bedsideneuro.ui.ehr;

import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.bedsideneuro.ui.common.Theme;

/**
 * The preview of an update from the EHR: what would change, then what is not imported and why, and problems by
 * resource and element. "Import" applies it (disabled when there is nothing to apply or a problem stops it); closing
 * imports nothing. True when the clinician chose Import.
 */
public final class EhrUpdateDialog extends Dialog<Boolean> {
    public static final String IMPORT_ID = "importFromEhr";

    public EhrUpdateDialog(EhrPreview preview, Window owner) {
        setTitle("Update from the EHR");
        setHeaderText("What the EHR would change for " + preview.about());
        if (owner != null) {
            initOwner(owner);
        }
        VBox content = new VBox(6);
        content.setId("ehrPreview");
        for (String change : preview.changes()) {
            content.getChildren().add(wrapped(new Label(change), "ehr-change"));
        }
        section(content, "Problems (nothing can be imported until the EHR's record is corrected)", preview.problems(), "ehrProblems");
        section(content, "Not imported (BedsideNeuro does not record these)", preview.notImported(), "ehrNotImported");
        section(content, "Not read (the EHR could not name the patient)", preview.notRead(), "ehrNotRead");
        content.setPrefWidth(680);
        getDialogPane().setContent(content);
        Theme.apply(getDialogPane());
        ButtonType importType = new ButtonType("Import", ButtonBar.ButtonData.OK_DONE);
        ButtonType close = new ButtonType(preview.canApply() ? "Cancel" : "Close", ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().addAll(importType, close);
        Button importButton = (Button) getDialogPane().lookupButton(importType);
        importButton.setId(IMPORT_ID);
        importButton.setDisable(!preview.canApply());
        setResultConverter(button -> button == importType);
    }

    private static void section(VBox content, String title, List<String> lines, String id) {
        if (lines.isEmpty()) {
            return;
        }
        Label heading = wrapped(new Label(title + ": " + lines.size()), "ehr-section");
        heading.setStyle("-fx-font-weight: bold;");
        // Each line whole, wrapped: a code and its reason cut off at the edge would be no use.
        VBox list = new VBox(4);
        list.setId(id);
        for (String line : lines) {
            list.getChildren().add(wrapped(new Label("\u2022 " + line), "ehr-line"));
        }
        ScrollPane scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(Math.min(220, lines.size() * 44));
        content.getChildren().addAll(heading, scroll);
    }

    private static Label wrapped(Label label, String styleClass) {
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        label.setMaxWidth(640);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
