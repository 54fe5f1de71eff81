package org.bedsideneuro.persistence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.bedsideneuro.domain.finding.Finding;
import org.bedsideneuro.domain.finding.FindingCode;

/**
 * The text of exam_packed_findings (V8): an exam's findings as one line each, code, side, value and note separated by
 * tabs, lines separated by newlines; a backslash, tab, newline or carriage return inside a field is escaped
 * ({@code \\ \t \n \r}). Codes, sides and values never contain them (they are scale codes), notes may.
 */
final class PackedFindings {
    /** The order of {@link Finding#key()} (code, then side), without making two keys per comparison. */
    static final Comparator<Finding> KEY_ORDER = Comparator.comparing(Finding::code)
            .thenComparingInt(f -> f.side() == null ? -1 : f.side().ordinal());

    private PackedFindings() {
    }

    /** The packed text of these findings, in key order (so the same findings always pack to the same text). */
    static String pack(List<Finding> findings) {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(KEY_ORDER);
        StringBuilder out = new StringBuilder(findings.size() * 24);
        for (Finding f : sorted) {
            if (!out.isEmpty()) {
                out.append('\n');
            }
            field(out, f.code().code()).append('\t');
            field(out, f.side() == null ? "" : f.side().code()).append('\t');
            field(out, f.value().code()).append('\t');
            field(out, f.note());
        }
        return out.toString();
    }

    /**
     * The findings of one packed text. {@code parsed} is shared over one read: a record repeats the same few hundred
     * lines (the same finding, side and value) thousands of times, and a Finding is immutable, so each line is parsed
     * once per read.
     */
    static List<Finding> unpack(String text, ParsedLines parsed) {
        List<Finding> findings = new ArrayList<>();
        if (text.isEmpty()) {
            return findings;
        }
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            findings.add(parsed.get(text, start, end, PackedFindings::parseLine));
            start = end + 1;
        }
        return findings;
    }

    private static Finding parseLine(String line) {
        String[] fields = new String[4];
        int at = 0;
        for (int i = 0; i < 4; i++) {
            int tab = i < 3 ? line.indexOf('\t', at) : line.length();
            if (tab < 0) {
                throw new IllegalStateException("damaged packed finding in database: " + line);
            }
            fields[i] = unescape(line.substring(at, tab));
            at = tab + 1;
        }
        FindingCode code = FindingCode.byCode(fields[0]).orElseThrow(() -> new IllegalStateException("unknown finding code in database"));
        return Finding.parse(code, fields[1], fields[2], fields[3]);
    }

    private static StringBuilder field(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
        return out;
    }

    private static String unescape(String text) {
        if (text.indexOf('\\') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char n = text.charAt(++i);
                out.append(switch (n) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> n;
                });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
