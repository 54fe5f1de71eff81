package org.bedsideneuro.persistence;

/**
 * Told when records may have changed, written by another window, another process or another laptop, so that open
 * screens reload without a restart. Called on a background thread.
 */
@FunctionalInterface
public interface ChangeListener {
    /** Something was committed; reload what is shown. */
    void changed();

    /** Whether the database can be reached right now (a ward server may drop off the network). */
    default void reachable(boolean reachable) {
    }
}
