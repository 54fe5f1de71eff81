package org.bedsideneuro.ui.start;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The first screen of a fresh data folder: someone evaluating BedsideNeuro looks around the demo ward in one click, a
 * ward setting it up goes on to its first administrator. Either choice can be changed later from the window's Demo menu.
 */
public final class WelcomePane extends VBox {
    private final Button exploreDemo = new Button("Explore the demo ward");
    private final Button setUpWard = new Button("Set up this ward");

    public WelcomePane(Runnable onExploreDemo, Runnable onSetUpWard) {
        Label title = new Label("Welcome to BedsideNeuro");
        title.getStyleClass().add("login-title");
        Label what = new Label("Serial bedside neurological exams of patients on opioids, charted against the opioid they"
                + " received, so that opioid-induced polyneuropathy and neurotoxicity are caught early.");
        what.setWrapText(true);
        Label demo = new Label("The demo ward has ten invented patients and three demo accounts. It lives in a database of"
                + " its own: nothing of it ever enters this ward's records.");
        demo.setWrapText(true);
        demo.getStyleClass().add("muted");
        Label ward = new Label("Setting up this ward starts with its first administrator, who then adds the ward's accounts.");
        ward.setWrapText(true);
        ward.getStyleClass().add("muted");
        exploreDemo.setId("exploreDemo");
        exploreDemo.setDefaultButton(true);
        exploreDemo.setOnAction(e -> onExploreDemo.run());
        setUpWard.setId("setUpWard");
        setUpWard.setOnAction(e -> onSetUpWard.run());
        HBox choices = new HBox(12, exploreDemo, setUpWard);
        choices.setAlignment(Pos.CENTER_LEFT);
        setId("welcome");
        getStyleClass().add("welcome-pane");
        setSpacing(12);
        setMaxWidth(560);
        setMaxHeight(USE_PREF_SIZE); // centred on the screen, not stretched from its top
        getChildren().addAll(title, what, choices, demo, ward);
    }

    /** The default choice gets the keyboard: Enter explores the demo. */
    public void focusDefault() {
        exploreDemo.requestFocus();
    }
}
