package org.bedsideneuro.bench;

/**
 * One line of the table: an operation's samples, its floor's samples (null when the operation has no floor) and its
 * target, judged on the medians.
 */
record Result(String operation, String unit, Samples samples, String floorName, Samples floor, Target target) {

    /** A target: a maximum ratio to the floor and/or a maximum absolute median (NaN: no such bound). */
    record Target(double maxRatio, double maxMedian, String unit) {
        static Target none() {
            return new Target(Double.NaN, Double.NaN, "");
        }

        boolean any() {
            return !Double.isNaN(maxRatio) || !Double.isNaN(maxMedian);
        }

        static Target ratio(double max) {
            return new Target(max, Double.NaN, "");
        }

        static Target below(double max, String unit) {
            return new Target(Double.NaN, max, unit);
        }

        static Target both(double maxRatio, double maxMedian, String unit) {
            return new Target(maxRatio, maxMedian, unit);
        }

        String describe() {
            String ratio = Double.isNaN(maxRatio) ? "" : "<= " + BenchmarkTable.number(maxRatio) + "x";
            String abs = Double.isNaN(maxMedian) ? "" : "< " + BenchmarkTable.number(maxMedian) + " " + unit;
            if (!any()) {
                return "-";
            }
            return ratio.isEmpty() ? abs : abs.isEmpty() ? ratio : ratio + ", " + abs;
        }
    }

    double ratio() {
        if (floor == null || floor.isEmpty() || samples.isEmpty() || floor.median() <= 0) {
            return Double.NaN;
        }
        return samples.median() / floor.median();
    }

    boolean met() {
        if (samples.isEmpty()) {
            return false;
        }
        boolean ok = true;
        if (!Double.isNaN(target.maxRatio())) {
            ok &= !Double.isNaN(ratio()) && ratio() <= target.maxRatio();
        }
        if (!Double.isNaN(target.maxMedian())) {
            ok &= samples.median() < target.maxMedian();
        }
        return ok;
    }
}
