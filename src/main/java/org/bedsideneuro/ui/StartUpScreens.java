package org.bedsideneuro.ui;

import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The screens of start-up that only say where it is: opening (or why not, with its two ways on), making, restoring. */
final class StartUpScreens {
    private StartUpScreens() {
    }

    /** "Opening the ward database…"; when it failed, why, with "Try again" and ({@code onChoose} not null) "Ward server…". */
    static Parent opening(StartUpViewModel model, Runnable onRetry, Runnable onChoose) {
        Label status = status(model, "startupStatus");
        Button retry = new Button("Try again");
        retry.setId("retryOpen");
        retry.setOnAction(e -> onRetry.run());
        HBox actions = new HBox(8, retry);
        if (onChoose != null) {
            Button choose = new Button("Ward server\u2026");
            choose.setId("chooseServer");
            choose.setOnAction(e -> onChoose.run());
            actions.getChildren().add(choose);
        }
        actions.visibleProperty().bind(model.mayRetryProperty());
        VBox box = new VBox(12, status, actions);
        box.setMaxWidth(720);
        return new StackPane(box);
    }

    /** What start-up is doing (making the demo ward, restoring a backup), and what went wrong if it did. */
    static Parent progress(StartUpViewModel model, String id) {
        return new StackPane(status(model, id));
    }

    private static Label status(StartUpViewModel model, String id) {
        Label status = new Label();
        status.textProperty().bind(model.statusProperty());
        status.getStyleClass().add("startup-message");
        status.setId(id);
        status.setWrapText(true);
        return status;
    }
}
