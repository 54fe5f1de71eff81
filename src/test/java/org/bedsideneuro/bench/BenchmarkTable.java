package org.bedsideneuro.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Prints the results as a Markdown table (readable in a terminal, pasteable into docs/benchmark.md). */
final class BenchmarkTable {
    static final List<String> HEADER = List.of("operation", "n", "median", "p95", "floor", "floor median", "floor p95", "ratio",
            "target", "met?");

    private BenchmarkTable() {
    }

    static List<List<String>> rows(List<Result> results) {
        List<List<String>> rows = new ArrayList<>();
        for (Result r : results) {
            boolean hasFloor = r.floor() != null;
            rows.add(List.of(r.operation(), String.valueOf(r.samples().count()),
                    value(r.samples().median(), r.unit()), value(r.samples().p95(), r.unit()),
                    hasFloor ? r.floorName() : "-",
                    hasFloor ? value(r.floor().median(), r.unit()) : "-",
                    hasFloor ? value(r.floor().p95(), r.unit()) : "-",
                    Double.isNaN(r.ratio()) ? "-" : number(r.ratio()) + "x",
                    r.target().describe(), !r.target().any() ? "-" : r.met() ? "yes" : "NO"));
        }
        return rows;
    }

    static void print(List<Result> results, PrintStream out) {
        List<List<String>> all = new ArrayList<>();
        all.add(HEADER);
        all.addAll(rows(results));
        int[] width = new int[HEADER.size()];
        for (List<String> row : all) {
            for (int i = 0; i < row.size(); i++) {
                width[i] = Math.max(width[i], row.get(i).length());
            }
        }
        for (int r = 0; r < all.size(); r++) {
            out.println(line(all.get(r), width));
            if (r == 0) {
                List<String> rule = new ArrayList<>();
                for (int w : width) {
                    rule.add("-".repeat(w));
                }
                out.println(line(rule, width));
            }
        }
    }

    private static String line(List<String> cells, int[] width) {
        StringBuilder b = new StringBuilder("|");
        for (int i = 0; i < cells.size(); i++) {
            b.append(' ').append(String.format(Locale.ROOT, "%-" + width[i] + "s", cells.get(i))).append(" |");
        }
        return b.toString();
    }

    static String value(double v, String unit) {
        return Double.isNaN(v) ? "-" : number(v) + " " + unit;
    }

    static String number(double v) {
        if (v >= 100 || v == Math.rint(v)) {
            return String.format(Locale.ROOT, "%.0f", v);
        }
        return v >= 10 ? String.format(Locale.ROOT, "%.1f", v) : String.format(Locale.ROOT, "%.2f", v);
    }
}
