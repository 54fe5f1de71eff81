package org.bedsideneuro.app;

/** Exit codes of the command line: the same for every verb. */
public final class ExitCode {
    public static final int OK = 0;
    /** Invalid input: nothing was written. */
    public static final int INVALID_INPUT = 1;
    /** The command line itself was wrong (unknown verb or option). */
    public static final int USAGE = 2;
    /** The database cannot be opened or is damaged; it was not changed. */
    public static final int DATABASE = 3;

    private ExitCode() {
    }
}
