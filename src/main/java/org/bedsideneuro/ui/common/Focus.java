package org.bedsideneuro.ui.common;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * Moves the keyboard focus to a node on a screen that was just swapped in. Asked at once, the request does not
 * take, and the scene's next pulse gives the focus to the screen's first button instead (the UI test saw the arrow
 * keys land on "Back"); asked after that pulse's layout, it sticks.
 */
public final class Focus {
    private Focus() {
    }

    public static void afterNextLayout(Node target) {
        Scene scene = target.getScene();
        if (scene == null) {
            Platform.runLater(target::requestFocus);
            return;
        }
        Runnable once = new Runnable() {
            private boolean done;

            @Override
            public void run() {
                if (done) {
                    return;
                }
                done = true;
                target.requestFocus();
                // Removed later: the scene is walking its listener list right now.
                Platform.runLater(() -> scene.removePostLayoutPulseListener(this));
            }
        };
        scene.addPostLayoutPulseListener(once);
        Platform.requestNextPulse();
    }
}
