/**
 * Reports built from domain objects. The printable progress summary of one patient over a period:
 * {@link org.bedsideneuro.report.ProgressSummaryBuilder} assembles a {@link org.bedsideneuro.report.ProgressSummary}
 * (pure: which flags fall in the period, the MME now and at the start, the serial exam table with worsening marked
 * against baseline, the scores, the trend series), and {@link org.bedsideneuro.report.PdfSummaryWriter} lays it out
 * as a PDF with Apache PDFBox: real text in embedded DejaVu Sans (any patient's name prints), vector charts,
 * "Page N of M" and the patient on every page, written atomically. {@link org.bedsideneuro.report.TimelineCsv} is the
 * day-by-day timeline. Layer: used by service and app; uses the domain only: no JavaFX, no database, no command line (ArchitectureTest).
 */
package org.bedsideneuro.report;
