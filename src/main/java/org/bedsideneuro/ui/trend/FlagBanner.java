package org.bedsideneuro.ui.trend;

import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The flags at the top of the patient page: newest first, each with its date, plain-language description and the
 * values that made it fire; a click opens the exam behind it. Hidden when the patient has no flags. Decision
 * support, not diagnoses (clinical reference section 7), and it says so.
 */
public final class FlagBanner extends VBox {
    /** Ours: the newest few fit above the tabs; the rest are on the Trend tab. */
    static final int SHOWN = 4;

    private final TrendViewModel model;

    public FlagBanner(TrendViewModel model) {
        this.model = model;
        setId("flagBanner");
        getStyleClass().add("flag-banner");
        model.flagLines().addListener((ListChangeListener<FlagLine>) c -> show());
        show();
    }

    private void show() {
        getChildren().clear();
        int count = model.flagLines().size();
        setVisible(count > 0);
        setManaged(count > 0);
        if (count == 0) {
            return;
        }
        Label title = new Label(count + (count == 1 ? " flag" : " flags") + " (decision support, not diagnoses); newest first:");
        title.getStyleClass().add("flag-banner-title");
        getChildren().add(title);
        for (FlagLine line : model.flagLines().subList(0, Math.min(SHOWN, count))) {
            // A label, not a Hyperlink: links are focus-traversable, and a banner rebuilt on every load must never
            // take the keyboard away from the history list the page opens on.
            Label link = new Label(line.text());
            link.getStyleClass().add("flag-banner-line");
            link.setUserData(line.flag());
            link.setOnMouseClicked(e -> {
                if (!line.flag().examIds().isEmpty()) {
                    model.openExam(line.flag().examIds().get(line.flag().examIds().size() - 1));
                }
            });
            getChildren().add(link);
        }
        if (count > SHOWN) {
            Label more = new Label("… and " + (count - SHOWN) + " earlier: see the Trend tab.");
            more.getStyleClass().add("muted");
            getChildren().add(more);
        }
    }
}
