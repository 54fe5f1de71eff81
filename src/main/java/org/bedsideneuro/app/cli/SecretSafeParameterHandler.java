package org.bedsideneuro.app.cli;

import picocli.CommandLine;

/**
 * Picocli repeats unknown arguments in its error message. Under {@code user}, an unknown argument may be a password
 * someone tried to pass on the command line; it must not be echoed to the terminal or a log.
 * Elsewhere picocli's own message is kept.
 */
final class SecretSafeParameterHandler implements CommandLine.IParameterExceptionHandler {
    private final CommandLine.IParameterExceptionHandler standard;

    SecretSafeParameterHandler(CommandLine.IParameterExceptionHandler standard) {
        this.standard = standard;
    }

    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) throws Exception {
        CommandLine.Model.CommandSpec spec = ex.getCommandLine().getCommandSpec();
        if (!spec.qualifiedName(" ").contains(" user")) {
            return standard.handleParseException(ex, args);
        }
        CommandLine cli = ex.getCommandLine();
        cli.getErr().println("bedside-neuro: " + spec.qualifiedName(" ").replaceFirst("^\\S+ ", "")
                + ": unknown or missing option or argument (not repeated here: it may be a password)."
                + " Passwords are read from the terminal or standard input, never from the command line.");
        cli.getErr().println("Usage: see '" + spec.qualifiedName(" ") + " --help'.");
        cli.getErr().flush();
        return cli.getExitCodeExceptionMapper() != null ? cli.getExitCodeExceptionMapper().getExitCode(ex)
                : spec.exitCodeOnInvalidInput();
    }
}
