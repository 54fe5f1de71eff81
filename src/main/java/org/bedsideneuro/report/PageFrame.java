package org.bedsideneuro.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * The pages of a summary and the cursor on the current one: content flows down the page, {@link #ensure} starts a new
 * page when a block (a table row, a chart) would not fit, so nothing is cut across pages. {@link #finish} adds to every
 * page the running header (patient's name and MRN, the period) and the footer ("Page N of M", the generator).
 */
final class PageFrame implements AutoCloseable {
    static final float MARGIN = 40;
    private static final float HEADER = 28;
    private static final float FOOTER = 26;

    final PDDocument doc;
    final PdfFonts fonts;
    private final PDRectangle box;
    private final List<PDPage> pages = new ArrayList<>();
    private PDPageContentStream content;
    private float y;

    PageFrame(PDDocument doc, PaperSize paper) {
        this.doc = doc;
        this.fonts = new PdfFonts(doc);
        this.box = paper.box();
        newPage();
    }

    float left() { return MARGIN; }
    float right() { return box.getWidth() - MARGIN; }
    float width() { return right() - left(); }
    float y() { return y; }
    private float top() { return box.getHeight() - MARGIN - HEADER; }
    private float bottom() { return MARGIN + FOOTER; }
    /** The height a block may have at most: a whole page's content area. */
    float pageContentHeight() { return top() - bottom(); }

    PDPageContentStream content() { return content; }

    void newPage() {
        closeContent();
        PDPage page = new PDPage(box);
        doc.addPage(page);
        pages.add(page);
        try {
            content = new PDPageContentStream(doc, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = top();
    }

    /** Makes room for a block of {@code height} points, starting a new page unless the page is still empty enough. */
    void ensure(float height) {
        if (y - height < bottom() && y < top()) {
            newPage();
        }
    }

    void down(float points) {
        y -= points;
    }

    /** A line of text at {@code x} on the current baseline-to-be; moves the cursor down by one line. */
    void line(PDFont font, float size, String text, float x) {
        ensure(size * 1.35f);
        y -= size * 1.35f;
        text(font, size, text, x, y + size * 0.3f);
    }

    /** Wrapped text over the full width, lines kept together only per line. */
    void paragraph(PDFont font, float size, String text) {
        for (String l : fonts.wrap(font, size, text, width())) {
            line(font, size, l, left());
        }
    }

    void heading(String text) {
        ensure(60);
        down(8);
        line(fonts.bold, 11, text, left());
        down(2);
    }

    /** Text drawn at a given baseline position, without moving the cursor. */
    void text(PDFont font, float size, String text, float x, float baseline) {
        text(content, font, size, fonts.safe(font, text), x, baseline);
    }

    private static void text(PDPageContentStream cs, PDFont font, float size, String safeText, float x, float baseline) {
        try {
            cs.beginText();
            cs.setFont(font, size);
            cs.newLineAtOffset(x, baseline);
            cs.showText(safeText);
            cs.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Header and footer on every page; call once, after all content. */
    void finish(String headerLeft, String headerRight, String footerLeft) {
        closeContent();
        int total = pages.size();
        for (int i = 0; i < total; i++) {
            try (PDPageContentStream cs = new PDPageContentStream(doc, pages.get(i), PDPageContentStream.AppendMode.APPEND, true, true)) {
                float headerBase = box.getHeight() - MARGIN - 12;
                String right = fonts.safe(fonts.regular, headerRight);
                float rightWidth = PdfFonts.width(fonts.regular, 8, right);
                String left = fit(fonts.bold, 9, fonts.safe(fonts.bold, headerLeft), width() - rightWidth - 12);
                text(cs, fonts.bold, 9, left, left(), headerBase);
                text(cs, fonts.regular, 8, right, right() - rightWidth, headerBase);
                cs.setLineWidth(0.5f);
                cs.setStrokingColor(0.5f);
                cs.moveTo(left(), headerBase - 6);
                cs.lineTo(right(), headerBase - 6);
                cs.moveTo(left(), MARGIN + 14);
                cs.lineTo(right(), MARGIN + 14);
                cs.stroke();
                String page = "Page " + (i + 1) + " of " + total;
                text(cs, fonts.regular, 8, fonts.safe(fonts.regular, footerLeft), left(), MARGIN + 4);
                text(cs, fonts.bold, 8, page, right() - PdfFonts.width(fonts.bold, 8, page), MARGIN + 4);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The text, cut short with "…" when it is wider than {@code width} (a very long name in the running header). */
    static String fit(PDFont font, float size, String safeText, float width) {
        if (PdfFonts.width(font, size, safeText) <= width) {
            return safeText;
        }
        String t = safeText;
        while (t.length() > 1 && PdfFonts.width(font, size, t + "…") > width) {
            t = t.substring(0, t.length() - 1);
        }
        return t + "…";
    }

    int pageCount() {
        return pages.size();
    }

    private void closeContent() {
        if (content != null) {
            try {
                content.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            content = null;
        }
    }

    @Override
    public void close() {
        closeContent();
    }
}
