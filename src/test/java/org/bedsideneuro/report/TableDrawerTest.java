package org.bedsideneuro.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bedsideneuro.report.TableDrawer.TableCell;
import org.junit.jupiter.api.Test;

class TableDrawerTest {
    @Test
    void aRowIsNeverCutAcrossPagesAndTheHeaderRepeatsOnEveryPage() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int pageCount;
        try (PDDocument doc = new PDDocument()) {
            try (PageFrame frame = new PageFrame(doc, PaperSize.A4)) {
                List<List<TableCell>> rows = new ArrayList<>();
                for (int i = 0; i < 150; i++) {
                    // a narrow first column wraps "rowN-top ... rowN-end" over several lines
                    rows.add(List.of(TableCell.plain("row" + i + "-top middle words here row" + i + "-end"), TableCell.plain("value " + i)));
                }
                new TableDrawer(frame, 8).draw(new float[] {60, 100}, List.of(TableCell.bold("Heading-A"), TableCell.bold("Heading-B")), rows);
                frame.finish("Left", "Right", "Footer");
                pageCount = frame.pageCount();
            }
            doc.save(bytes);
        }
        assertThat(pageCount).isGreaterThan(3);
        try (PDDocument doc = Loader.loadPDF(bytes.toByteArray())) {
            PDFTextStripper stripper = new PDFTextStripper();
            int seen = 0;
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                String page = stripper.getText(doc);
                assertThat(page).contains("Heading-A", "Page " + p + " of " + pageCount);
                for (int i = 0; i < 150; i++) {
                    boolean top = page.contains("row" + i + "-top");
                    assertThat(page.contains("row" + i + "-end")).as("row %d on page %d", i, p).isEqualTo(top);
                    seen += top ? 1 : 0;
                }
            }
            assertThat(seen).isEqualTo(150);
        }
    }
}
