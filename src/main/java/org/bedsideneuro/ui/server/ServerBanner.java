package org.bedsideneuro.ui.server;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** The banner across the top of the window for {@link ServerBannerModel}; {@code saveKept} saves the kept record. */
public final class ServerBanner extends HBox {
    public ServerBanner(ServerBannerModel model, Runnable saveKept) {
        setId("serverBanner");
        getStyleClass().add("server-banner");
        Label text = new Label();
        text.setId("serverBannerText");
        text.setWrapText(true);
        text.textProperty().bind(model.textProperty());
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        Button save = new Button("Save it now");
        save.setId("saveKeptRecord");
        save.visibleProperty().bind(model.offerSaveBinding());
        save.managedProperty().bind(save.visibleProperty());
        save.setOnAction(e -> saveKept.run());
        getChildren().addAll(text, save);
        setSpacing(12);
        model.problemProperty().addListener((obs, was, now) -> style(now));
        style(model.problemProperty().get());
        visibleProperty().bind(model.textProperty().isNotEmpty());
        managedProperty().bind(visibleProperty());
    }

    private void style(boolean problem) {
        getStyleClass().removeAll("server-banner-problem", "server-banner-info");
        getStyleClass().add(problem ? "server-banner-problem" : "server-banner-info"); // amber or calm blue-grey (theme.css)
    }
}
