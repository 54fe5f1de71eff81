package org.bedsideneuro.persistence;

import java.util.function.Function;
import org.bedsideneuro.domain.finding.Finding;

/**
 * The findings already parsed during one read, keyed by their packed line ({@link PackedFindings}), looked up by a
 * stretch of the packed text without cutting it out: a five-year record is 600,000 lines, of a few hundred distinct
 * ones, and a substring plus a HashMap lookup per line was the largest part of reading it after the database itself
 *. Open addressing over the line's own hash; a line is only copied out when it is new.
 */
final class ParsedLines {
    private String[] lines = new String[256];
    private Finding[] findings = new Finding[256];
    private int size;

    /** The finding of {@code text[start, end)}, parsed by {@code parse} the first time that line is met. */
    Finding get(String text, int start, int end, Function<String, Finding> parse) {
        int hash = 0;
        for (int i = start; i < end; i++) {
            hash = 31 * hash + text.charAt(i);
        }
        int length = end - start;
        int mask = lines.length - 1;
        int slot = spread(hash) & mask;
        while (lines[slot] != null) {
            String line = lines[slot];
            if (line.length() == length && text.regionMatches(start, line, 0, length)) {
                return findings[slot];
            }
            slot = (slot + 1) & mask;
        }
        String line = text.substring(start, end);
        Finding parsed = parse.apply(line);
        lines[slot] = line;
        findings[slot] = parsed;
        if (++size * 2 > lines.length) {
            grow();
        }
        return parsed;
    }

    /** How many distinct lines were parsed. */
    int size() {
        return size;
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }

    private void grow() {
        String[] oldLines = lines;
        Finding[] oldFindings = findings;
        lines = new String[oldLines.length * 2];
        findings = new Finding[oldLines.length * 2];
        int mask = lines.length - 1;
        for (int i = 0; i < oldLines.length; i++) {
            if (oldLines[i] != null) {
                int slot = spread(oldLines[i].hashCode()) & mask;
                while (lines[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                lines[slot] = oldLines[i];
                findings[slot] = oldFindings[i];
            }
        }
    }
}
