/**
 * The CSV exchange format (shared/exchange-format.md, version 1): a folder of patients.csv, medications.csv and
 * findings.csv that moves a ward's data in from a study spreadsheet or another laptop, and out to R, Python or a
 * spreadsheet.
 * <p>
 * {@link org.bedsideneuro.exchange.ExchangeFolderReader} reads and validates a folder through the domain's own
 * constructors and finding scales (so an import accepts exactly what the forms accept) and reports every invalid row as
 * {@code file:line: column: what is wrong}. {@link org.bedsideneuro.exchange.CsvImporter} writes a valid folder in one
 * transaction, all or nothing, skipping rows that are already there. {@link org.bedsideneuro.exchange.CsvExporter}
 * writes the current version of the records back out, atomically.
 * <p>
 * Depends on {@code domain} and {@code persistence} only; no JavaFX here.
 */
package org.bedsideneuro.exchange;
