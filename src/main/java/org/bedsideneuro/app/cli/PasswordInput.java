package org.bedsideneuro.app.cli;

import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.bedsideneuro.security.PasswordHasher;

/**
 * Reads a new password for the {@code user} verbs: from the terminal without echo, asked twice;
 * or, when standard input is not a terminal (a script), one line from it. Never from an argument: arguments are
 * visible to every user of the machine in the process list and kept in shell history (21 CFR 11.300(b)).
 */
final class PasswordInput {
    private static final int MAX_LENGTH = 1024;

    private PasswordInput() {
    }

    static char[] read(InputStream stdin, String question) {
        Console console = System.console();
        if (console != null && stdin == System.in) {
            char[] first = console.readPassword("%s: ", question);
            char[] second = console.readPassword("%s (again): ", question);
            try {
                if (first == null || second == null || !Arrays.equals(first, second)) {
                    throw new IllegalArgumentException("The two passwords were not the same.");
                }
                return first.clone();
            } finally {
                PasswordHasher.wipe(first);
                PasswordHasher.wipe(second);
            }
        }
        return readLine(stdin);
    }

    /** One line of standard input, without its line ending; the caller wipes the result. */
    static char[] readLine(InputStream stdin) {
        char[] buffer = new char[MAX_LENGTH];
        int length = 0;
        try {
            Reader reader = new InputStreamReader(stdin, StandardCharsets.UTF_8);
            int c;
            while ((c = reader.read()) != -1 && c != '\n') {
                if (length == buffer.length) {
                    throw new IllegalArgumentException("Password: at most " + MAX_LENGTH + " characters");
                }
                buffer[length++] = (char) c;
            }
            if (length > 0 && buffer[length - 1] == '\r') {
                length--;
            }
            if (length == 0) {
                throw new IllegalArgumentException("No password on standard input (one line expected).");
            }
            return Arrays.copyOf(buffer, length);
        } catch (IOException e) {
            throw new IllegalArgumentException("Standard input could not be read.", e);
        } finally {
            PasswordHasher.wipe(buffer);
        }
    }
}
