package org.bedsideneuro.ui.server;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * What the window says about its database connection, in plain words, on the FX thread. Told by
 * the change watcher whether the database can be reached (within a few seconds of a drop); told by the forms whether
 * they hold a record that could not be saved. While down: "cannot be reached since HH:MM"; when back with a kept
 * record: "the server is back, save your kept exam", with one action that saves it; back with nothing kept: a short
 * note that goes on its own with the next change.
 */
public final class ServerBannerModel {
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final Clock clock;
    private final boolean server;
    private final ReadOnlyBooleanWrapper reachable = new ReadOnlyBooleanWrapper(this, "reachable", true);
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final ReadOnlyBooleanWrapper problem = new ReadOnlyBooleanWrapper(this, "problem");
    /** Set by the window: the open exam form (or observation) holds a record whose save could not reach the database. */
    private final BooleanProperty keptUnsaved = new SimpleBooleanProperty(this, "keptUnsaved");
    private final BooleanBinding offerSave;
    private Instant downSince;

    /** {@code server}: the database is the ward server (words for a file on this laptop differ). */
    public ServerBannerModel(Clock clock, boolean server) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.server = server;
        offerSave = Bindings.createBooleanBinding(() -> reachable.get() && keptUnsaved.get(), reachable, keptUnsaved);
        keptUnsaved.addListener((obs, was, now) -> describe());
    }

    /** The change watcher's report (FX thread). */
    public void reachable(boolean up) {
        if (!up && downSince == null) {
            downSince = clock.instant();
        }
        if (up) {
            downSince = null;
        }
        boolean wasDown = !reachable.get();
        reachable.set(up);
        describe();
        if (up && wasDown && !keptUnsaved.get()) {
            text.set(server ? "The ward server can be reached again." : "The database can be reached again.");
        }
    }

    private void describe() {
        if (!reachable.get()) {
            String since = HH_MM.format(downSince.atZone(clock.getZone()));
            text.set(server
                    ? "The ward server cannot be reached since " + since + ". What is on screen stays readable; what you type is kept on this laptop."
                    : "The database cannot be reached since " + since + ". What is on screen stays readable; what you type is kept on this laptop.");
            problem.set(true);
        } else if (keptUnsaved.get()) {
            text.set(server ? "The ward server is back. Save your kept record now: it is saved once, never twice."
                    : "The database is back. Save your kept record now: it is saved once, never twice.");
            problem.set(true);
        } else {
            text.set("");
            problem.set(false);
        }
    }

    /** The note shown after the connection came back goes once the clinician does something else. */
    public void dismiss() {
        if (reachable.get() && !keptUnsaved.get()) {
            text.set("");
        }
    }

    public ReadOnlyBooleanProperty reachableProperty() { return reachable.getReadOnlyProperty(); }
    public ReadOnlyStringProperty textProperty() { return text.getReadOnlyProperty(); }
    /** True for "cannot be reached" and "save your kept record"; false for the calm note. */
    public ReadOnlyBooleanProperty problemProperty() { return problem.getReadOnlyProperty(); }
    public BooleanProperty keptUnsavedProperty() { return keptUnsaved; }
    /** True when the one action "save it now" is offered: back, with a kept record. */
    public BooleanBinding offerSaveBinding() { return offerSave; }
}
