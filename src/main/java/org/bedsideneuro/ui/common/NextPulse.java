package org.bedsideneuro.ui.common;

import javafx.application.Platform;
import javafx.scene.Scene;

/** Runs work on the FX thread once a scene has laid out its next frame: what is on screen first, the rest after. */
public final class NextPulse {
    private NextPulse() {
    }

    /** Runs {@code action} on the FX thread after {@code scene}'s next layout pulse (at once without a scene). */
    public static void run(Scene scene, Runnable action) {
        if (scene == null) {
            action.run();
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
                // Removed and run later: the scene is walking its listener list right now.
                Platform.runLater(() -> {
                    scene.removePostLayoutPulseListener(this);
                    action.run();
                });
            }
        };
        scene.addPostLayoutPulseListener(once);
        Platform.requestNextPulse();
    }
}
