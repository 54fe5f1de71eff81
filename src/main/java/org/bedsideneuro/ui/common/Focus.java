package org.bedsideneuro.ui.common;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * Moves the keyboard focus to a node on a screen that was just swapped in. Asked at once, the request does not
 * take, and the scene's next pulse gives the focus to the screen's first button instead (the UI test saw the arrow
 * keys land on "Back"). So it asks after each layout pulse until the focus is where it should be, for a few pulses
 * at most (on a loaded machine the scene may take more than one pulse to settle).
 */
public final class Focus {
    private static final int MAX_PULSES = 20;

    private Focus() {
    }

    public static void afterNextLayout(Node target) {
        Scene scene = target.getScene();
        if (scene == null) {
            // Not in a scene yet (a tab's content joins it only once the tab pane's skin lays it out, which a heavy
            // page can delay past one runLater): start asking as soon as it is in one.
            target.sceneProperty().addListener(new ChangeListener<Scene>() {
                @Override
                public void changed(ObservableValue<? extends Scene> obs, Scene old, Scene now) {
                    if (now != null) {
                        obs.removeListener(this);
                        afterNextLayout(target);
                    }
                }
            });
            return;
        }
        Runnable untilFocused = new Runnable() {
            private int pulses;
            private boolean done;

            @Override
            public void run() {
                if (done) {
                    return;
                }
                if (scene.getFocusOwner() != target && target.getScene() == scene) {
                    target.requestFocus();
                }
                if (++pulses >= MAX_PULSES || (scene.getFocusOwner() == target && pulses > 1)) {
                    done = true;
                    // Removed later: the scene is walking its listener list right now.
                    Platform.runLater(() -> scene.removePostLayoutPulseListener(this));
                } else {
                    Platform.requestNextPulse();
                }
            }
        };
        scene.addPostLayoutPulseListener(untilFocused);
        Platform.requestNextPulse();
    }
}
