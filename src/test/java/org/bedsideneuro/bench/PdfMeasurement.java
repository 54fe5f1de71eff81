package org.bedsideneuro.bench;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.report.PaperSize;
import org.bedsideneuro.report.ProgressSummary;
import org.bedsideneuro.service.SummaryService;

/**
 * Exporting the longest patient's PDF progress summary over the whole record, as {@code export-pdf} does through
 * {@link SummaryService} (read the course, build, write), against a one-page PDF with one image written by the same library (PDFBox) to the same folder.
 */
final class PdfMeasurement implements Measurement {
    @Override
    public String shortName() {
        return "pdf";
    }

    @Override
    public String name() {
        return "PDF summary";
    }

    @Override
    public List<Result> measure(BenchContext ctx) throws Exception {
        PatientId id = ctx.ward().longest();
        LocalDate today = ctx.today();
        LocalDate from = today.minusDays(ctx.options().days());
        SummaryService service = new SummaryService(ctx.db(), ctx.clock(), "benchmark");
        Path out = ctx.dir().resolve("summary.pdf");
        Path one = ctx.dir().resolve("one-page.pdf");
        int runs = Math.max(3, ctx.options().runs() / 2);
        int warmups = 3;
        BufferedImage image = chartLikeImage();
        int[] pages = new int[1];
        Samples summary = new Samples();
        Samples floor = new Samples();
        for (int i = -warmups; i < runs; i++) {
            long start = System.nanoTime();
            ProgressSummary s = service.summary(id, from, today, "os:bench").orElseThrow();
            pages[0] = service.writePdf(s, PaperSize.A4, out);
            double summaryMs = Stopwatch.millisSince(start);

            start = System.nanoTime();
            try (PDDocument doc = new PDDocument()) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                PDImageXObject xobject = LosslessFactory.createFromImage(doc, image);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    content.drawImage(xobject, 50, 400, 495, 250);
                }
                doc.save(one.toFile());
            }
            double floorMs = Stopwatch.millisSince(start);
            if (i >= 0) {
                summary.add(summaryMs);
                floor.add(floorMs);
            }
        }
        if (pages[0] < 1 || Files.size(out) == 0) {
            throw new IllegalStateException("no summary written");
        }
        return List.of(new Result("PDF summary, longest patient, " + ctx.options().period() + " (" + pages[0] + " pages)", "ms", summary,
                "one-page PDF, one image", floor, Result.Target.below(2000, "ms")));
    }

    /** A 990 x 500 picture of a line chart, the size a chart has on a page. */
    private static BufferedImage chartLikeImage() {
        BufferedImage image = new BufferedImage(990, 500, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 990, 500);
        g.setColor(Color.DARK_GRAY);
        for (int x = 1; x < 990; x++) {
            g.drawLine(x - 1, 250 + (int) (100 * Math.sin((x - 1) / 40.0)), x, 250 + (int) (100 * Math.sin(x / 40.0)));
        }
        g.dispose();
        return image;
    }
}
