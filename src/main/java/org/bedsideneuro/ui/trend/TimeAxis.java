package org.bedsideneuro.ui.trend;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javafx.scene.chart.NumberAxis;
import javafx.util.StringConverter;
import org.bedsideneuro.domain.trend.TrendSeries;

/**
 * The one time axis every trend panel shares: epoch days in the ward's zone from the start of the first day to the
 * end of the last, the same tick unit, dates as labels. Each panel gets its own NumberAxis (a Node has one parent)
 * made from the same numbers, so all x ranges are identical.
 */
final class TimeAxis {
    /** Width of every panel's value axis, so the plot areas start at the same x. */
    static final double Y_AXIS_WIDTH = 72;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    private final double from;
    private final double to;
    private final double tickUnit;
    private final boolean longSpan;

    TimeAxis(TrendSeries series) {
        this.from = series.xFrom();
        this.to = series.xTo();
        double days = to - from;
        this.tickUnit = days <= 10 ? 1 : days <= 45 ? 7 : days <= 120 ? 14 : days <= 400 ? 30 : days <= 1200 ? 91 : 365;
        this.longSpan = days > 120;
    }

    NumberAxis create() {
        NumberAxis axis = new NumberAxis(from, to, tickUnit);
        axis.setAutoRanging(false);
        axis.setMinorTickVisible(false);
        axis.setForceZeroInRange(false);
        axis.setAnimated(false);
        axis.getStyleClass().add("trend-time-axis");
        axis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number value) {
                LocalDate day = LocalDate.ofEpochDay((long) Math.floor(value.doubleValue()));
                return (longSpan ? MONTH : DAY).format(day);
            }

            @Override
            public Number fromString(String string) {
                return null;
            }
        });
        return axis;
    }

    /** A value axis with a label at each whole position of an ordinal scale (MRC 4-, 4, 4+ at 4, 5, 6). */
    static NumberAxis ordinal(List<String> labels) {
        // One position of headroom each side, so a line at the lowest or highest grade is not cut by the plot edge.
        NumberAxis axis = new NumberAxis(-1, labels.size(), 1);
        axis.setAutoRanging(false);
        axis.setMinorTickVisible(false);
        axis.setAnimated(false);
        axis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number value) {
                int i = (int) Math.round(value.doubleValue());
                return Math.abs(value.doubleValue() - i) < 1e-6 && i >= 0 && i < labels.size() ? labels.get(i) : "";
            }

            @Override
            public Number fromString(String string) {
                return null;
            }
        });
        return axis;
    }

    static NumberAxis numeric(double max) {
        NumberAxis axis = new NumberAxis(0, max, max / 4);
        axis.setAutoRanging(false);
        axis.setMinorTickVisible(false);
        axis.setAnimated(false);
        return axis;
    }

    /** For bar panels: one lane per overlapping order, no labels. */
    static NumberAxis lanes(int lanes) {
        NumberAxis axis = new NumberAxis(0, Math.max(1, lanes), 1);
        axis.setAutoRanging(false);
        axis.setMinorTickVisible(false);
        axis.setTickLabelsVisible(false);
        axis.setTickMarkVisible(false);
        axis.setAnimated(false);
        return axis;
    }
}
