package org.bedsideneuro.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The benchmark's command line: --patients, --years (or --days), --runs, --cold-runs, --import-runs, --memory-runs,
 * --seed; for profiling one operation: --keep (keep the temporary folder), --reuse FOLDER (a kept folder's ward instead
 * of a new one; same --patients, --years and --seed) and --only (short names of the measurements to run).
 */
record Options(int patients, int days, int runs, int coldRuns, int importRuns, int memoryRuns, long seed, boolean keep,
               Set<String> only, Path reuse, int laptops) {
    static final String USAGE = "Benchmark [--patients 500] [--years 5 | --days N] [--runs 20] [--cold-runs 5] [--import-runs 3]"
            + " [--memory-runs 3] [--seed 9] [--keep] [--only cold,save,prn,trend,search,pdf,import,memory,server,pull] [--reuse FOLDER] [--laptops 20]";

    static Options parse(String... args) {
        int patients = 500;
        int days = (int) Math.round(5 * 365.25);
        int runs = 20;
        int coldRuns = 5;
        int importRuns = 3;
        int memoryRuns = 3;
        long seed = 9;
        boolean keep = false;
        Set<String> only = Set.of();
        Path reuse = null;
        int laptops = 20;
        List<String> list = new ArrayList<>(List.of(args));
        for (int i = 0; i < list.size(); i++) {
            String a = list.get(i);
            if (a.equals("--keep")) {
                keep = true;
                continue;
            }
            if (i + 1 >= list.size()) {
                throw new IllegalArgumentException("missing value after " + a + "; usage: " + USAGE);
            }
            String v = list.get(++i);
            switch (a) {
                case "--patients" -> patients = Integer.parseInt(v);
                case "--years" -> days = (int) Math.round(Double.parseDouble(v) * 365.25);
                case "--days" -> days = Integer.parseInt(v);
                case "--runs" -> runs = Integer.parseInt(v);
                case "--cold-runs" -> coldRuns = Integer.parseInt(v);
                case "--import-runs" -> importRuns = Integer.parseInt(v);
                case "--memory-runs" -> memoryRuns = Integer.parseInt(v);
                case "--seed" -> seed = Long.parseLong(v);
                case "--only" -> only = Set.of(v.split(","));
                case "--reuse" -> reuse = Path.of(v);
                case "--laptops" -> laptops = Integer.parseInt(v);
                default -> throw new IllegalArgumentException("unknown option " + a + "; usage: " + USAGE);
            }
        }
        if (patients < 1 || days < 1 || runs < 1 || coldRuns < 1 || importRuns < 1 || memoryRuns < 1 || laptops < 1) {
            throw new IllegalArgumentException("sizes and runs must be at least 1; usage: " + USAGE);
        }
        return new Options(patients, days, runs, coldRuns, importRuns, memoryRuns, seed, keep, only, reuse, laptops);
    }

    /** True when the measurement of this short name is to run (all of them unless --only names some). */
    boolean runs(String shortName) {
        return only.isEmpty() || only.contains(shortName);
    }

    /** "5 years" or "30 days", for row names. */
    String period() {
        double years = days / 365.25;
        return Math.abs(years - Math.rint(years)) < 0.01 && years >= 1 ? Math.round(years) + " years" : days + " days";
    }
}
