package org.bedsideneuro.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.bedsideneuro.domain.trend.FlagGroups;
import org.bedsideneuro.domain.trend.TimeTicks;
import org.bedsideneuro.domain.trend.TrendLanes;
import org.bedsideneuro.domain.trend.TrendSeries;

/**
 * The first trend page of the summary: the Trend tab's lanes, in its order, on one date axis, as vector shapes, so
 * that the ward round reads paper as it reads the screen. Heat-strip colours are the light theme's; a cell worse than
 * baseline has a black notch on top, so the mark survives a grey printer.
 */
final class LanesDrawer {
    private static final float GUTTER = 118;
    private static final float GAP = 4;
    private static final float FOLDED = 10;
    private static final float ROW = 6;
    private static final float MME = 48;
    private static final float POINTS = 28;
    private static final float BAR = 9;
    private static final float FLAGS = 13;
    private static final float AXIS = 14;
    /** The light theme's strip colours (theme.css -bn-strip-0 to 3): normal, mild, moderate, severe. */
    private static final float[][] SEVERITY = {{0.83f, 0.89f, 0.85f}, {0.95f, 0.83f, 0.49f}, {0.90f, 0.56f, 0.31f}, {0.72f, 0.20f, 0.16f}};
    private static final float[] ACCENT = {0.17f, 0.44f, 0.56f};
    private static final float[] FILL = {0.80f, 0.88f, 0.92f};
    private static final float[] PROBLEM = {0.54f, 0.14f, 0.14f};

    private final PageFrame frame;
    private final TrendLanes lanes;
    private float x0;
    private float x1;

    LanesDrawer(PageFrame frame, TrendLanes lanes) {
        this.frame = frame;
        this.lanes = lanes;
    }

    /** Height of the lanes and their axis, in points. */
    float height() {
        float h = AXIS;
        for (TrendLanes.Lane lane : lanes.lanes()) {
            h += height(lane) + GAP;
        }
        return h;
    }

    private static float height(TrendLanes.Lane lane) {
        if (lane.empty()) {
            return FOLDED;
        }
        if (lane instanceof TrendLanes.MmeLane) {
            return MME;
        }
        if (lane instanceof TrendLanes.OrderLane orders) {
            return Math.max(1, orders.rows()) * BAR;
        }
        if (lane instanceof TrendLanes.StripLane strip) {
            return Math.max(FOLDED, strip.rows().size() * ROW);
        }
        if (lane instanceof TrendLanes.PointLane) {
            return POINTS;
        }
        return FLAGS;
    }

    void draw() {
        frame.ensure(height());
        x0 = frame.left() + GUTTER;
        x1 = frame.right() - 2;
        float top = frame.y();
        PDPageContentStream cs = frame.content();
        try {
            for (TrendLanes.Lane lane : lanes.lanes()) {
                float h = height(lane);
                cs.setNonStrokingColor(0f); // the title in black, whatever the lane before it filled with
                frame.text(frame.fonts.bold, 7.5f, lane.title(), frame.left(), top - 7);
                if (lane.empty()) {
                    frame.text(frame.fonts.regular, 6.5f, lane.emptyText(), x0, top - 7);
                } else if (lane instanceof TrendLanes.MmeLane mme) {
                    mme(cs, mme, top, h);
                } else if (lane instanceof TrendLanes.OrderLane orders) {
                    orders(cs, orders, top);
                } else if (lane instanceof TrendLanes.StripLane strip) {
                    strip(cs, strip, top);
                } else if (lane instanceof TrendLanes.PointLane points) {
                    points(cs, points, top, h);
                } else {
                    flags(cs, (TrendLanes.FlagLane) lane, top);
                }
                top -= h + GAP;
            }
            axis(cs, top);
            cs.setNonStrokingColor(0f);
            cs.setStrokingColor(0f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        frame.down(height());
    }

    private float x(double x) {
        return (float) (x0 + (x - lanes.xFrom()) / (lanes.xTo() - lanes.xFrom()) * (x1 - x0));
    }

    private void mme(PDPageContentStream cs, TrendLanes.MmeLane mme, float top, float h) throws IOException {
        float bottom = top - h;
        List<TrendSeries.Step> steps = mme.steps();
        cs.setNonStrokingColor(FILL[0], FILL[1], FILL[2]);
        cs.setStrokingColor(ACCENT[0], ACCENT[1], ACCENT[2]);
        cs.setLineWidth(0.8f);
        cs.moveTo(x(steps.get(0).startX()), bottom);
        for (TrendSeries.Step s : steps) {
            float y = (float) (bottom + s.mme() / mme.yMax() * (h - 2));
            cs.lineTo(x(s.startX()), y);
            cs.lineTo(x(s.endX()), y);
        }
        cs.lineTo(x(steps.get(steps.size() - 1).endX()), bottom);
        cs.closePath();
        cs.fillAndStroke();
        cs.setNonStrokingColor(0.8f, 0.33f, 0.11f);
        for (TrendSeries.DoseMark mark : mme.prnDoses()) {
            float left = x(mark.startX());
            cs.addRect(left, bottom, Math.max(0.8f, (x(mark.endX()) - left) * 0.6f), 4);
        }
        cs.fill();
        cs.setNonStrokingColor(0.3f);
        String scale = PdfNumbers.plain(mme.yMax()) + " MME/day";
        frame.text(frame.fonts.regular, 6, scale, frame.left(), top - 15);
    }

    private void orders(PDPageContentStream cs, TrendLanes.OrderLane orders, float top) throws IOException {
        cs.setLineWidth(0.4f);
        for (List<TrendSeries.Bar> bars : List.of(orders.opioids(), orders.others())) {
            for (TrendSeries.Bar bar : bars) {
                float y = top - (orders.row(bar) + 1) * BAR + 1;
                float left = x(bar.startX());
                float width = Math.max(1, x(bar.endX()) - left);
                boolean opioid = bars == orders.opioids();
                cs.setNonStrokingColor(opioid ? 0.62f : 0.81f, opioid ? 0.78f : 0.89f, opioid ? 0.85f : 0.77f);
                cs.addRect(left, y, width, BAR - 2);
                cs.fill();
                cs.setNonStrokingColor(0f);
                String label = PageFrame.fit(frame.fonts.regular, 5.5f, frame.fonts.safe(frame.fonts.regular, bar.label()), width - 3);
                if (width > 20) {
                    frame.text(frame.fonts.regular, 5.5f, label, left + 1.5f, y + 2);
                }
            }
        }
    }

    private void strip(PDPageContentStream cs, TrendLanes.StripLane strip, float top) throws IOException {
        for (int r = 0; r < strip.rows().size(); r++) {
            TrendLanes.StripRow row = strip.rows().get(r);
            float y = top - (r + 1) * ROW;
            cs.setNonStrokingColor(0.3f);
            frame.text(frame.fonts.regular, 4.8f, row.label(), x0 - 2 - PdfFonts.width(frame.fonts.regular, 4.8f, row.label()), y + 1.3f);
            List<TrendLanes.Cell> cells = row.cells();
            int i = 0;
            while (i < cells.size()) {
                TrendLanes.Cell first = cells.get(i);
                int j = i;
                while (j + 1 < cells.size() && cells.get(j + 1).severity() == first.severity()
                        && cells.get(j + 1).worseThanBaseline() == first.worseThanBaseline()) {
                    j++;
                }
                float left = x(first.startX());
                float width = Math.max(0.5f, x(cells.get(j).endX()) - left);
                float[] c = SEVERITY[Math.max(0, Math.min(3, first.severity()))];
                cs.setNonStrokingColor(c[0], c[1], c[2]);
                cs.addRect(left, y + 0.4f, width, ROW - 0.8f);
                cs.fill();
                if (first.worseThanBaseline()) {
                    cs.setNonStrokingColor(0f);
                    cs.addRect(left, y + ROW - 2f, width, 1.6f);
                    cs.fill();
                }
                i = j + 1;
            }
        }
    }

    private void points(PDPageContentStream cs, TrendLanes.PointLane lane, float top, float h) throws IOException {
        float bottom = top - h;
        cs.setLineWidth(0.6f);
        cs.setStrokingColor(ACCENT[0], ACCENT[1], ACCENT[2]);
        cs.setNonStrokingColor(ACCENT[0], ACCENT[1], ACCENT[2]);
        for (TrendSeries.Line line : lane.lines()) {
            boolean first = true;
            for (TrendSeries.Point p : line.points()) {
                float x = x(p.x());
                float y = (float) (bottom + 1 + p.y() / lane.yMax() * (h - 3));
                if (first) {
                    cs.moveTo(x, y);
                } else {
                    cs.lineTo(x, y);
                }
                first = false;
            }
            cs.stroke();
            for (TrendSeries.Point p : line.points()) {
                cs.addRect(x(p.x()) - 0.8f, (float) (bottom + 1 + p.y() / lane.yMax() * (h - 3)) - 0.8f, 1.6f, 1.6f);
            }
            cs.fill();
        }
        cs.setNonStrokingColor(0.3f);
        frame.text(frame.fonts.regular, 6, PdfNumbers.plain(lane.yMax()) + " " + lane.unit(), frame.left(), top - 15);
    }

    private void flags(PDPageContentStream cs, TrendLanes.FlagLane lane, float top) throws IOException {
        float marker = 16;
        for (FlagGroups.Group g : FlagGroups.group(lane.flags(), lanes.xFrom(), lanes.xTo(), x1 - x0, marker + 2)) {
            float x = Math.min(x1 - marker, x(g.x()) - 2);
            cs.setStrokingColor(PROBLEM[0], PROBLEM[1], PROBLEM[2]);
            cs.setLineWidth(0.5f);
            cs.addRect(x, top - FLAGS + 2, marker, FLAGS - 3);
            cs.stroke();
            cs.setNonStrokingColor(PROBLEM[0], PROBLEM[1], PROBLEM[2]);
            frame.text(frame.fonts.bold, 6.5f, g.count() == 1 ? "⚑" : "⚑" + g.count(), x + 2, top - FLAGS + 4.5f);
        }
    }

    private void axis(PDPageContentStream cs, float top) throws IOException {
        cs.setStrokingColor(0.3f);
        cs.setLineWidth(0.5f);
        cs.moveTo(x0, top);
        cs.lineTo(x1, top);
        cs.stroke();
        cs.setNonStrokingColor(0f);
        float lastRight = -1;
        for (TimeTicks.Tick tick : TimeTicks.of(lanes.from(), lanes.to())) {
            float x = x(tick.x());
            cs.moveTo(x, top);
            cs.lineTo(x, top - 3);
            cs.stroke();
            float w = PdfFonts.width(frame.fonts.regular, 6.5f, tick.label());
            float left = Math.max(x0, Math.min(x1 - w, x - w / 2));
            if (left > lastRight + 3) {
                frame.text(frame.fonts.regular, 6.5f, tick.label(), left, top - 10);
                lastRight = left + w;
            }
        }
    }
}
