package org.bedsideneuro.report;

import java.util.Locale;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** The paper a summary is printed on: ISO A4 (the default) or US Letter. */
public enum PaperSize {
    A4("a4", PDRectangle.A4),
    LETTER("letter", PDRectangle.LETTER);

    private final String code;
    private final PDRectangle box;

    PaperSize(String code, PDRectangle box) {
        this.code = code;
        this.box = box;
    }

    public String code() {
        return code;
    }

    PDRectangle box() {
        return new PDRectangle(box.getWidth(), box.getHeight());
    }

    /** "a4" or "letter", any case; anything else fails with the allowed values. */
    public static PaperSize parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        for (PaperSize p : values()) {
            if (p.code.equals(t)) {
                return p;
            }
        }
        throw new IllegalArgumentException("Paper: '" + text + "' is not allowed; allowed values: a4, letter");
    }
}
