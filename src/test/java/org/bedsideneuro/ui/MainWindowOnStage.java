package org.bedsideneuro.ui;

import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.testfx.api.FxToolkit;

/**
 * The main window on TestFX's stage, for a UI test: built, shown in its own scene (the default size) and focused as a
 * clinician's window would be; closed after the test with its background thread. The database stays the test's own.
 */
public final class MainWindowOnStage {
    private MainWindow window;

    /**
     * Builds the window with {@code make} and shows it, then runs {@code then} on it (open a patient, put the cursor in
     * the search box), all on the FX thread.
     */
    public MainWindow show(Supplier<MainWindow> make, Consumer<MainWindow> then) throws TimeoutException {
        FxToolkit.setupStage(stage -> {
            window = make.get();
            stage.setScene(window.createScene());
            stage.show();
            stage.requestFocus(); // since JavaFX 20 a stage shown headless is not focused by itself
            then.accept(window);
        });
        return window;
    }

    public MainWindow show(Supplier<MainWindow> make) throws TimeoutException {
        return show(make, shown -> { });
    }

    /** Closes the stage and the window (its background thread), if one was shown. */
    public void close() throws TimeoutException {
        FxToolkit.cleanupStages();
        if (window != null) {
            MainWindow closing = window;
            FxTestSupport.onFx(closing::close);
            window = null;
        }
    }
}
