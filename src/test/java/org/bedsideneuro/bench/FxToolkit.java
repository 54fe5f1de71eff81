package org.bedsideneuro.bench;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/** Starts the JavaFX toolkit once, headless on Monocle unless a display is there (the same flags as the UI tests). */
final class FxToolkit {
    private static boolean started;

    /** The Monocle flags of pom.xml's testfx.argLine that concern the toolkit (not TestFX's robot). */
    static final List<String> HEADLESS_FLAGS = List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
            "-Dprism.order=sw", "-Dprism.text=t2k", "-Djava.awt.headless=true");

    private FxToolkit() {
    }

    static boolean headless() {
        String display = System.getenv("DISPLAY");
        return display == null || display.isBlank() || "Monocle".equals(System.getProperty("glass.platform"));
    }

    static synchronized void start() throws InterruptedException {
        if (started) {
            return;
        }
        if (headless()) {
            for (String flag : HEADLESS_FLAGS) {
                String[] kv = flag.substring(2).split("=", 2);
                if (System.getProperty(kv[0]) == null) {
                    System.setProperty(kv[0], kv[1]);
                }
            }
        }
        Platform.setImplicitExit(false);
        CountDownLatch up = new CountDownLatch(1);
        try {
            Platform.startup(up::countDown);
        } catch (IllegalStateException alreadyRunning) {
            up.countDown(); // started by the tests around us
        }
        if (!up.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("JavaFX did not start");
        }
        started = true;
    }
}
