package org.bedsideneuro.report;

import java.awt.print.Pageable;
import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;

/**
 * Prints the progress summary through the operating system's print dialog: the very PDF the summary export writes,
 * handed to the printer by PDFBox page by page, so paper and PDF never differ.
 */
public final class PdfPrinting {
    private PdfPrinting() {
    }

    /** The pages of a PDF as the printer sees them (also what tests check: the same page count as the PDF). */
    public static Pageable pageable(PDDocument document) {
        return new PDFPageable(document);
    }

    /**
     * Shows the system print dialog and prints when the user confirms. Returns false when they cancelled.
     * Blocks until the dialog closes: call it off the JavaFX thread.
     */
    public static boolean print(byte[] pdf, String jobName) throws IOException, PrinterException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PrinterJob job = PrinterJob.getPrinterJob();
            job.setJobName(jobName);
            job.setPageable(pageable(document));
            if (!job.printDialog()) {
                return false;
            }
            job.print();
            return true;
        }
    }
}
