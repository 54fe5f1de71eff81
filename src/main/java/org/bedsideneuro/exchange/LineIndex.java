package org.bedsideneuro.exchange;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Turns a character position in a file's text into its 1-based line. Commons CSV gives each record's starting
 * character position; counting line breaks up to it keeps line numbers right after a quoted note that spans lines.
 * CRLF, LF and a lone CR each end a line.
 */
final class LineIndex {
    private final List<Long> lineStarts = new ArrayList<>();

    LineIndex(String text) {
        lineStarts.add(0L);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                lineStarts.add((long) i + 1);
            }
        }
    }

    long lineOf(long position) {
        int found = Collections.binarySearch(lineStarts, position);
        return found >= 0 ? found + 1 : -found - 1;
    }
}
