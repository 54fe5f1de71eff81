package org.bedsideneuro.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Draws a table that flows over pages: cell text wraps within its column, a row is never cut across a page, and the
 * header row is repeated at the top of every page the table continues on.
 */
final class TableDrawer {
    private static final float PAD = 2.5f;

    private final PageFrame frame;
    private final float size;
    private final float leading;

    TableDrawer(PageFrame frame, float fontSize) {
        this.frame = frame;
        this.size = fontSize;
        this.leading = fontSize * 1.25f;
    }

    /** A cell's text; bold for emphasis (the "worse than baseline" mark, a header). */
    record TableCell(String text, boolean bold) {
        static TableCell plain(String text) {
            return new TableCell(text, false);
        }

        static TableCell bold(String text) {
            return new TableCell(text, true);
        }
    }

    /** Column widths in points; {@code header} and every row have one cell per column. */
    void draw(float[] widths, List<TableCell> header, List<List<TableCell>> rows) {
        List<List<String>> headerLines = lines(widths, header);
        float headerHeight = height(headerLines);
        boolean first = true;
        for (List<TableCell> row : rows) {
            List<List<String>> rowLines = lines(widths, row);
            float rowHeight = height(rowLines);
            int pagesBefore = frame.pageCount();
            frame.ensure(first ? headerHeight + rowHeight : rowHeight);
            if (first || frame.pageCount() != pagesBefore) {
                drawRow(widths, header, headerLines, headerHeight, 0.88f);
                first = false;
            }
            drawRow(widths, row, rowLines, rowHeight, -1);
        }
        if (first) {
            frame.ensure(headerHeight);
            drawRow(widths, header, headerLines, headerHeight, 0.88f);
        }
        frame.down(6);
    }

    private List<List<String>> lines(float[] widths, List<TableCell> cells) {
        if (cells.size() != widths.length) {
            throw new IllegalArgumentException("A table row has " + cells.size() + " cells for " + widths.length + " columns");
        }
        List<List<String>> result = new ArrayList<>();
        for (int i = 0; i < widths.length; i++) {
            TableCell c = cells.get(i);
            result.add(frame.fonts.wrap(font(c), size, c.text(), widths[i] - 2 * PAD));
        }
        return result;
    }

    private float height(List<List<String>> cellLines) {
        int most = cellLines.stream().mapToInt(List::size).max().orElse(1);
        return Math.max(1, most) * leading + 2 * PAD;
    }

    private PDFont font(TableCell c) {
        return c.bold() ? frame.fonts.bold : frame.fonts.regular;
    }

    private void drawRow(float[] widths, List<TableCell> cells, List<List<String>> cellLines, float height, float shade) {
        PDPageContentStream cs = frame.content();
        float top = frame.y();
        float x = frame.left();
        float total = 0;
        for (float w : widths) {
            total += w;
        }
        try {
            if (shade >= 0) {
                cs.setNonStrokingColor(shade);
                cs.addRect(x, top - height, total, height);
                cs.fill();
                cs.setNonStrokingColor(0f);
            }
            cs.setStrokingColor(0.6f);
            cs.setLineWidth(0.4f);
            cs.addRect(x, top - height, total, height);
            float cx = x;
            for (int i = 0; i < widths.length - 1; i++) {
                cx += widths[i];
                cs.moveTo(cx, top);
                cs.lineTo(cx, top - height);
            }
            cs.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        float cx = x;
        for (int i = 0; i < widths.length; i++) {
            float baseline = top - PAD - size;
            for (String line : cellLines.get(i)) {
                frame.text(font(cells.get(i)), size, line, cx + PAD, baseline);
                baseline -= leading;
            }
            cx += widths[i];
        }
        frame.down(height);
    }
}
