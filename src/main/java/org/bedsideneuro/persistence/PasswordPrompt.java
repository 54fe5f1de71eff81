package org.bedsideneuro.persistence;

import java.util.Optional;

/**
 * Asks a person for the ward server's password, only when the server wants one and neither PGPASSWORD nor the
 * password file had it. The command line asks on the console without echo; tests and batch jobs ask no one.
 */
@FunctionalInterface
public interface PasswordPrompt {
    PasswordPrompt NONE = question -> Optional.empty();

    Optional<char[]> ask(String question);
}
