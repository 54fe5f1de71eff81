package org.bedsideneuro.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.bedsideneuro.report.ProgressSummary.Point;
import org.bedsideneuro.report.ProgressSummary.Series;
import org.bedsideneuro.report.ProgressSummary.TrendChart;

/**
 * Draws a trend chart as vector paths (no bitmaps): all charts of a summary share one date axis from the first day of
 * the period to the end of the last, so a day sits at the same x on every chart. Series are told apart without colour
 * too: the first solid with filled markers, the second dashed with open markers (left and right).
 */
final class ChartDrawer {
    private static final float AXIS_LABELS = 34;
    private static final float TITLE = 13;
    private static final float DATE_LABELS = 11;
    /** Above this many points a line is drawn without markers (shared/engineering-notes.md: never symbols beyond a few hundred). */
    private static final int MARKERS_UP_TO = 200;
    private static final float[][] COLOURS = {{0.10f, 0.30f, 0.65f}, {0.80f, 0.25f, 0.10f}};

    private final PageFrame frame;
    private final LocalDate from;
    private final long days;

    ChartDrawer(PageFrame frame, LocalDate from, LocalDate to) {
        this.frame = frame;
        this.from = from;
        this.days = ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** The chart, {@code plotHeight} points high plus its title and date labels, kept on one page. */
    void draw(TrendChart chart, float plotHeight) {
        frame.ensure(TITLE + plotHeight + DATE_LABELS + 8);
        float top = frame.y() - TITLE;
        frame.text(frame.fonts.bold, 8.5f, chart.title(), frame.left(), top + 3);
        legend(chart, top + 3);
        float x0 = frame.left() + AXIS_LABELS;
        float x1 = frame.right() - 4;
        float y1 = top - 3;
        float y0 = y1 - plotHeight;
        PDPageContentStream cs = frame.content();
        try {
            grid(cs, chart, x0, x1, y0, y1);
            if (!chart.hasData()) {
                frame.text(frame.fonts.regular, 8, "No data in this period", (x0 + x1) / 2 - 40, (y0 + y1) / 2 - 3);
            }
            for (int i = 0; i < chart.series().size(); i++) {
                series(cs, chart, chart.series().get(i), x0, x1, y0, y1);
            }
            cs.setLineDashPattern(new float[0], 0);
            cs.setStrokingColor(0f);
            cs.setNonStrokingColor(0f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        frame.down(TITLE + plotHeight + DATE_LABELS + 8);
    }

    private void grid(PDPageContentStream cs, TrendChart chart, float x0, float x1, float y0, float y1) throws IOException {
        cs.setLineWidth(0.3f);
        cs.setStrokingColor(0.8f);
        int yTicks = yTickCount(chart);
        for (int i = 0; i <= yTicks; i++) {
            double value = chart.min() + (chart.max() - chart.min()) * i / yTicks;
            float y = y0 + (y1 - y0) * i / yTicks;
            cs.moveTo(x0, y);
            cs.lineTo(x1, y);
            String label = value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
            frame.text(frame.fonts.regular, 6.5f, label, x0 - 3 - PdfFonts.width(frame.fonts.regular, 6.5f, label), y - 2);
        }
        long step = dateStep();
        for (long d = 0; d <= days; d += step) {
            float x = x(d, x0, x1);
            cs.moveTo(x, y0);
            cs.lineTo(x, y1);
            if (d < days || days == step) {
                String label = from.plusDays(d).toString();
                float w = PdfFonts.width(frame.fonts.regular, 6.5f, label);
                frame.text(frame.fonts.regular, 6.5f, label, Math.min(x - w / 2 < x0 ? x : x - w / 2, x1 - w), y0 - 8);
            }
        }
        cs.stroke();
        cs.setStrokingColor(0.3f);
        cs.setLineWidth(0.6f);
        cs.addRect(x0, y0, x1 - x0, y1 - y0);
        cs.stroke();
        frame.text(frame.fonts.regular, 6, chart.unit(), frame.left(), y0 - 8);
    }

    private void series(PDPageContentStream cs, TrendChart chart, Series s, float x0, float x1, float y0, float y1) throws IOException {
        List<Point> points = s.points();
        if (points.isEmpty()) {
            return;
        }
        float[] colour = COLOURS[Math.min(s.style(), COLOURS.length - 1)];
        cs.setStrokingColor(colour[0], colour[1], colour[2]);
        cs.setNonStrokingColor(colour[0], colour[1], colour[2]);
        cs.setLineWidth(1.1f);
        cs.setLineDashPattern(s.style() == 0 ? new float[0] : new float[] {3, 2}, 0);
        boolean first = true;
        Double previous = null;
        for (Point p : points) {
            long d = ChronoUnit.DAYS.between(from, p.date());
            float y = y(chart, p.value(), y0, y1);
            if (chart.step()) {
                if (previous != null && previous == p.value()) {
                    continue; // the horizontal run goes on: drawn when the value changes or at the end
                }
                float x = x(d, x0, x1);
                if (first) {
                    cs.moveTo(x, y);
                } else {
                    cs.lineTo(x, y(chart, previous, y0, y1));
                    cs.lineTo(x, y);
                }
                previous = p.value();
            } else {
                float x = x(d + 0.5, x0, x1);
                if (first) {
                    cs.moveTo(x, y);
                } else {
                    cs.lineTo(x, y);
                }
            }
            first = false;
        }
        if (chart.step()) {
            long end = ChronoUnit.DAYS.between(from, points.get(points.size() - 1).date()) + 1;
            cs.lineTo(x(end, x0, x1), y(chart, previous, y0, y1));
        }
        cs.stroke();
        cs.setLineDashPattern(new float[0], 0);
        if (!chart.step() && points.size() <= MARKERS_UP_TO) {
            for (Point p : points) {
                float x = x(ChronoUnit.DAYS.between(from, p.date()) + 0.5, x0, x1);
                float y = y(chart, p.value(), y0, y1);
                cs.addRect(x - 1.8f, y - 1.8f, 3.6f, 3.6f);
                if (s.style() == 0) {
                    cs.fill();
                } else {
                    cs.setLineWidth(0.7f);
                    cs.stroke();
                }
            }
        }
    }

    private void legend(TrendChart chart, float baseline) {
        if (chart.series().size() < 2) {
            return;
        }
        PDPageContentStream cs = frame.content();
        float x = frame.right() - 60f * chart.series().size();
        try {
            for (Series s : chart.series()) {
                float[] colour = COLOURS[Math.min(s.style(), COLOURS.length - 1)];
                cs.setStrokingColor(colour[0], colour[1], colour[2]);
                cs.setLineWidth(1.1f);
                cs.setLineDashPattern(s.style() == 0 ? new float[0] : new float[] {3, 2}, 0);
                cs.moveTo(x, baseline + 2.5f);
                cs.lineTo(x + 16, baseline + 2.5f);
                cs.stroke();
                cs.setLineDashPattern(new float[0], 0);
                frame.text(frame.fonts.regular, 7.5f, s.name(), x + 19, baseline);
                x += 60;
            }
            cs.setStrokingColor(0f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int yTickCount(TrendChart chart) {
        double range = chart.max() - chart.min();
        return range == Math.rint(range) && range <= 6 ? (int) range : 4;
    }

    /** Days between date grid lines: at most about eight labelled lines. */
    private long dateStep() {
        for (long step : new long[] {1, 2, 7, 14, 28, 56, 91, 182, 364}) {
            if (days / step <= 7) {
                return step;
            }
        }
        return 364L * (days / (364 * 7) + 1);
    }

    private float x(double dayOffset, float x0, float x1) {
        return (float) (x0 + (x1 - x0) * dayOffset / days);
    }

    private static float y(TrendChart chart, double value, float y0, float y1) {
        double clamped = Math.max(chart.min(), Math.min(chart.max(), value));
        return (float) (y0 + (y1 - y0) * (clamped - chart.min()) / (chart.max() - chart.min()));
    }
}
