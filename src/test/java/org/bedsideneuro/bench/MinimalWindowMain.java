package org.bedsideneuro.bench;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The cold-start floor, a child JVM: a plain main class (as the app's) launching an Application that shows one Label,
 * printing the time since JVM start when its first frame is laid out, then exiting.
 */
public final class MinimalWindowMain {
    private MinimalWindowMain() {
    }

    public static void main(String[] args) {
        Application.launch(MinimalWindow.class, args);
        System.exit(0);
    }

    /** One Label in a window of the main window's size. */
    public static final class MinimalWindow extends Application {
        private boolean reported;

        @Override
        public void start(Stage stage) {
            Scene scene = new Scene(new StackPane(new Label("BedsideNeuro")), 1280, 800);
            scene.addPostLayoutPulseListener(() -> {
                if (!reported) {
                    reported = true;
                    System.out.println("BENCH_FIRST_FRAME_MS=" + ChildJvm.millisSinceJvmStart());
                    Platform.exit();
                }
            });
            stage.setScene(scene);
            stage.show();
        }
    }
}
