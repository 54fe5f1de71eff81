package org.bedsideneuro.ui.login;

import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import org.bedsideneuro.ui.FxTestSupport;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * A {@link Workstation} on TestFX's stage, for the login tests: shown in a scene of a given size, driven by a robot
 * as a clinician would (log in, wait until its work and its window's work are done), closed after the test. The
 * database and the clock stay the test's own.
 */
final class WorkstationOnStage {
    private final FxRobot robot = new FxRobot();
    private Workstation workstation;

    /**
     * Shows the workstation {@code make} builds on a new scene of this size, then runs {@code start} on it (its login,
     * or the first administrator's form), on the FX thread.
     */
    Workstation show(double width, double height, Function<Scene, Workstation> make, Consumer<Workstation> start) throws TimeoutException {
        FxToolkit.setupStage(stage -> {
            Scene scene = new Scene(new StackPane(), width, height);
            workstation = make.apply(scene);
            stage.setScene(scene);
            stage.show();
            stage.requestFocus(); // since JavaFX 20 a stage shown headless is not focused by itself
            start.accept(workstation);
        });
        return workstation;
    }

    Workstation workstation() {
        return workstation;
    }

    /** Until the workstation and the window it shows have nothing left to do in the background. */
    void await() {
        FxTestSupport.awaitQuiet(workstation.runner());
        if (workstation.window() != null) {
            FxTestSupport.awaitQuiet(workstation.window().runner());
        }
    }

    /** Types the login name and the password on the login screen and presses "Log in". */
    void logIn(String login, String password) {
        robot.clickOn("#loginName").write(login);
        robot.clickOn("#loginPassword").write(password);
        robot.clickOn("#loginButton");
        await();
    }

    /** Closes the stage and the workstation (its windows and its background thread); the database stays open. */
    void close() throws TimeoutException {
        FxToolkit.cleanupStages();
        if (workstation != null) {
            Workstation closing = workstation;
            FxTestSupport.onFx(closing::close);
            workstation = null;
        }
    }
}
