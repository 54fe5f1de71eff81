package org.bedsideneuro.ui;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.bedsideneuro.persistence.DatabaseLocation;

/**
 * Where start-up is: opening the database (or failed to, with "Try again"), making the demo ward, the welcome, the
 * first administrator, the login, "who is recording?", the main window, a restore. {@link #howToStart} decides what
 * an opened database needs; the texts on the start-up screens and the window's title are said here. No Nodes.
 */
public final class StartUpViewModel {
    static final String TITLE = "BedsideNeuro";
    static final String DEMO_TITLE = "BedsideNeuro DEMO";

    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(this, "step", Step.OPENING);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper mayRetry = new ReadOnlyBooleanWrapper(this, "mayRetry");

    /** The steps of start-up, in the order they can come. */
    public enum Step { OPENING, COULD_NOT_OPEN, MAKING_DEMO, WELCOME, FIRST_ADMINISTRATOR, LOG_IN, WHO_IS_RECORDING, MAIN_WINDOW, RESTORING }

    /** The database at {@code location} is being opened (again). */
    public void opening(DatabaseLocation location) {
        status.set(location instanceof DatabaseLocation.PostgresServer server
                ? "Connecting to the ward server " + server.describe() + "\u2026" : "Opening the ward database\u2026");
        mayRetry.set(false);
        step.set(Step.OPENING);
    }

    /** It could not be opened: why, in plain words, and "Try again". */
    public void couldNotOpen(String why) {
        status.set(why);
        mayRetry.set(true);
        step.set(Step.COULD_NOT_OPEN);
    }

    /**
     * What an opened database needs next. Accounts exist: log in. The demo ward's database, still empty: make the
     * demo ward, then log in with its demo accounts. A fresh ward: the welcome where this computer offers the demo,
     * else its first administrator. Records from before accounts and no account yet: "who is recording?".
     */
    public static Step howToStart(long accounts, long patients, boolean demo, boolean demoCanBeMade, boolean offersDemo) {
        if (accounts == 0 && patients == 0 && demo && demoCanBeMade) {
            return Step.MAKING_DEMO;
        } else if (accounts > 0) {
            return Step.LOG_IN;
        } else if (patients == 0 && offersDemo) {
            return Step.WELCOME;
        } else if (patients == 0) {
            return Step.FIRST_ADMINISTRATOR;
        }
        return Step.WHO_IS_RECORDING;
    }

    /** Moves to {@code next}; the start-up screens' text follows. */
    public void go(Step next) {
        if (next == Step.MAKING_DEMO) {
            status.set("Making the demo ward (invented patients)\u2026");
        } else if (next == Step.RESTORING) {
            status.set("Restoring the ward database from the backup\u2026");
        }
        step.set(next);
    }

    public void demoNotMade(String why) {
        status.set("The demo ward could not be made: " + why);
    }

    /** A restore whose database could not be opened again: what was restored, then why. */
    public void notReopened(String restored, String why) {
        status.set(restored + "\n\n" + why);
    }

    /** The window's title: "BedsideNeuro", "BedsideNeuro DEMO", followed by who is logged in once someone is. */
    public static String title(boolean demo, String signature) {
        String title = demo ? DEMO_TITLE : TITLE;
        return signature == null ? title : title + ": " + signature;
    }

    public ReadOnlyObjectProperty<Step> stepProperty() { return step.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    /** True once opening failed: "Try again" and "Ward server…" show. */
    public ReadOnlyBooleanProperty mayRetryProperty() { return mayRetry.getReadOnlyProperty(); }
}
