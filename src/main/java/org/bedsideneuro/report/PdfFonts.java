package org.bedsideneuro.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * DejaVu Sans, regular and bold, embedded (subset) in the document from the jar's own copy (licence in fonts/LICENSE):
 * PDFBox's built-in Helvetica cannot print "Łukasz", Cyrillic or "≥" (shared/engineering-notes.md), and a CI machine
 * may have no fonts installed. A character the font lacks prints as "?" rather than failing the whole summary.
 */
final class PdfFonts {
    private static final String REGULAR = "fonts/DejaVuSans.ttf";
    private static final String BOLD = "fonts/DejaVuSans-Bold.ttf";

    /** Font files read once per run, with their GSUB table hidden (see {@link #withoutGlyphSubstitution}). */
    private static final Map<String, byte[]> FONT_FILES = new ConcurrentHashMap<>();

    /**
     * Widths of texts already measured, per font file (in the font's 1000 units per em). A summary's tables repeat the
     * same few hundred texts ("5", "normal", times of day) hundreds of thousands of times, and PDFBox measures a text
     * by encoding it glyph by glyph. Kept per font file, not per document's font object: the widths are the
     * file's, and measuring them again for every summary was a fifth of what a five-year summary allocated. Bounded:
     * emptied when it grows past {@link #MAX_WIDTHS} texts (names and notes vary without end).
     */
    private static final Map<String, Map<String, Float>> WIDTHS = new ConcurrentHashMap<>();
    static final int MAX_WIDTHS = 50_000;
    /** Which font file each document's font was loaded from; held weakly: a font belongs to one document. */
    private static final Map<PDFont, String> FONT_FILE_OF = Collections.synchronizedMap(new WeakHashMap<>());

    final PDFont regular;
    final PDFont bold;
    private final Map<PDFont, Map<Integer, Boolean>> printable = new HashMap<>();

    PdfFonts(PDDocument doc) {
        this.regular = load(doc, REGULAR);
        this.bold = load(doc, BOLD);
    }

    private static PDFont load(PDDocument doc, String resource) {
        try {
            PDFont font = PDType0Font.load(doc, new ByteArrayInputStream(withoutGlyphSubstitution(resource)));
            FONT_FILE_OF.put(font, resource);
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException("Font " + resource + " could not be read", e);
        }
    }

    /**
     * The font file with its GSUB table renamed so that PDFBox does not find it. PDFBox 3 applies a font's GSUB rules
     * (for Latin: ligatures such as "fi") on every showText, compiling regular expressions each time: a five-year
     * summary (about 750 pages of tables) spent most of its 5 seconds there. A summary wants no ligatures;
     * every glyph is still there and still found through the character map.
     */
    static byte[] withoutGlyphSubstitution(String resource) {
        return FONT_FILES.computeIfAbsent(resource, r -> {
            try (InputStream in = PdfFonts.class.getResourceAsStream(r)) {
                if (in == null) {
                    throw new IllegalStateException("Font missing from the application: " + r);
                }
                byte[] font = in.readAllBytes();
                int tables = ((font[4] & 0xff) << 8) | (font[5] & 0xff); // offset table: version, numTables, ...
                for (int i = 0; i < tables; i++) {
                    int at = 12 + 16 * i; // table records: tag, checksum, offset, length
                    if (font[at] == 'G' && font[at + 1] == 'S' && font[at + 2] == 'U' && font[at + 3] == 'B') {
                        font[at] = 'g'; // an unknown tag ("gSUB") is skipped by every reader
                    }
                }
                return font;
            } catch (IOException e) {
                throw new UncheckedIOException("Font " + r + " could not be read", e);
            }
        });
    }

    /** The text with control characters as spaces and characters the font cannot show as "?". */
    String safe(PDFont font, String text) {
        Map<Integer, Boolean> known = printable.computeIfAbsent(font, f -> new HashMap<>());
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp)) {
                out.append(' ');
            } else if (known.computeIfAbsent(cp, c -> canShow(font, c))) {
                out.appendCodePoint(cp);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    private static boolean canShow(PDFont font, int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    /** Width in points of already {@link #safe} text. */
    static float width(PDFont font, float size, String safeText) {
        String file = FONT_FILE_OF.get(font);
        Map<String, Float> known = file == null ? null : WIDTHS.computeIfAbsent(file, f -> new ConcurrentHashMap<>());
        Float units = known == null ? null : known.get(safeText);
        if (units == null) {
            units = measure(font, safeText);
            if (known != null) {
                if (known.size() >= MAX_WIDTHS) {
                    known.clear();
                }
                known.put(safeText, units);
            }
        }
        return units / 1000f * size;
    }

    private static float measure(PDFont font, String safeText) {
        try {
            return font.getStringWidth(safeText);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Breaks text into lines no wider than {@code width}: at spaces, and inside a word only when it alone is too wide. */
    List<String> wrap(PDFont font, float size, String text, float width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : safe(font, text).split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(font, size, candidate) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (width(font, size, rest) > width && rest.length() > 1) {
                int cut = rest.length() - 1;
                while (cut > 1 && width(font, size, rest.substring(0, cut)) > width) {
                    cut--;
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        lines.add(line.toString());
        return lines;
    }
}
