package org.bedsideneuro.ui.start;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** Across the top of every screen of the demo ward, so that no one mistakes its invented patients for the ward's. */
public final class DemoBanner extends HBox {
    public static final String TEXT = "DEMO WARD: invented patients for trying BedsideNeuro; nothing recorded here reaches the"
            + " ward's database.";

    public DemoBanner(Runnable leave) {
        Label text = new Label(TEXT);
        text.setId("demoBannerText");
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button back = new Button("Leave the demo");
        back.setId("demoBannerLeave");
        back.setMinWidth(USE_PREF_SIZE);
        back.setOnAction(e -> leave.run());
        setId("demoBanner");
        getStyleClass().add("demo-banner");
        getChildren().addAll(text, back);
    }
}
