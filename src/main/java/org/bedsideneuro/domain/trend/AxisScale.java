package org.bedsideneuro.domain.trend;

/**
 * The top of a chart's value axis, shared by the trend view and the printed charts so that screen and paper scale a
 * series alike: a little above the data, rounded up to a 1-2-2.5-5 step, never below a floor that keeps a quiet
 * series from filling the chart (a jerk rate of 1 an hour is not drawn as high as 40).
 */
public final class AxisScale {
    private AxisScale() {
    }

    /** At least {@code floor}, and 10 % above {@code dataMax}, rounded up to the next 1, 2, 2.5 or 5 times a power of ten. */
    public static double niceMax(double dataMax, double floor) {
        double target = Math.max(floor, dataMax * 1.1);
        double magnitude = Math.pow(10, Math.floor(Math.log10(target)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * magnitude >= target) {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }
}
