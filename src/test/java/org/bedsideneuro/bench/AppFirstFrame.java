package org.bedsideneuro.bench;

import java.io.PrintWriter;
import java.time.Clock;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import org.bedsideneuro.app.ExitCode;
import org.bedsideneuro.app.Main;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.ui.BedsideNeuroApp;
import org.bedsideneuro.ui.LaunchSettings;
import org.bedsideneuro.ui.MainWindow;

/**
 * The cold-start measurement, a child JVM: the real command line ({@link Main#run}) starts the app on the prepared
 * database with a fixed clinician (the "who is recording" prompt skipped through {@link LaunchSettings#recordingAs()});
 * the time since JVM start is printed when the main window is laid out with the ward list filled, then it exits.
 */
public final class AppFirstFrame {
    private AppFirstFrame() {
    }

    public static void main(String[] args) {
        int code = Main.run(new String[] {"--db", args[0]}, new PrintWriter(System.out, true), new PrintWriter(System.err, true), database -> {
            BedsideNeuroApp.configure(new LaunchSettings(database, Clock.systemDefaultZone(), null,
                    new LaunchSettings.RecordingAs("Nurse Bench 1 (fictional)", Role.NURSE),
                    (stage, window) -> reportFirstFrameWithWard(stage.getScene(), window)));
            Application.launch(BedsideNeuroApp.class);
            return ExitCode.OK;
        });
        System.exit(code);
    }

    private static void reportFirstFrameWithWard(Scene scene, MainWindow window) {
        boolean[] reported = new boolean[1];
        scene.addPostLayoutPulseListener(() -> {
            if (!reported[0] && !window.wardModel().visibleRows().isEmpty()) {
                reported[0] = true;
                System.out.println("BENCH_FIRST_FRAME_MS=" + ChildJvm.millisSinceJvmStart());
                System.out.println("BENCH_ROWS=" + window.wardModel().visibleRows().size());
                Platform.exit();
            }
        });
    }
}
