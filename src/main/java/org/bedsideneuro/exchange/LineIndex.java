package org.bedsideneuro.exchange;



import java.util.Arrays;
/**
 * Turns a character position in a file's text into its 1-based line. Commons CSV gives each record's starting
 * character position; counting line breaks up to it keeps line numbers right after a quoted note that spans lines.
 * CRLF, LF and a lone CR each end a line.
 */
final class LineIndex {
    /** Where each line starts, ascending; a plain array (a whole ward's findings file has 3.3 million lines). */
    private long[] lineStarts = new long[1024];
    private int lines;

    LineIndex(String text) {
        add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                add(i + 1L);
            }
        }
    }

    private void add(long start) {
        if (lines == lineStarts.length) {
            lineStarts = Arrays.copyOf(lineStarts, lines * 2);
        }
        lineStarts[lines++] = start;
    }

    long lineOf(long position) {
        int found = Arrays.binarySearch(lineStarts, 0, lines, position);
        return found >= 0 ? found + 1 : -found - 1;
    }
}
