package org.bedsideneuro.ui.start;

/** What the shell does when someone moves between the ward's database and the demo ward's. FX thread. */
public interface DemoSwitches {
    /** Opens the demo ward's own database (made and filled on first use). */
    void exploreDemo();

    /** Leaves the demo: opens this computer's ward database again. */
    void leaveDemo();

    /** Replaces the demo ward's database with a fresh demo ward dated today. */
    void resetDemo();
}
