/**
 * The CSV exchange format (shared/exchange-format.md, version 2): a folder of patients.csv, medications.csv,
 * findings.csv and, optionally, administrations.csv (the medication administration record) that moves a ward's data in
 * from a study spreadsheet or another laptop, and out to R, Python or a spreadsheet.
 * <p>
 * {@link org.bedsideneuro.exchange.ExchangeFolderReader} reads and validates a folder through the domain's own
 * constructors and finding scales (so an import accepts exactly what the forms accept) and reports every invalid row as
 * {@code file:line: column: what is wrong}. {@link org.bedsideneuro.exchange.CsvImporter} writes a valid folder in one
 * transaction, all or nothing, skipping rows that are already there; a dose is checked against its order by the same
 * rules as in the window ({@link org.bedsideneuro.domain.regimen.AdministrationRules}). {@link org.bedsideneuro.exchange.CsvExporter}
 * writes the current version of the records back out, atomically.
 * <p>
 * Layer: used by service and app; uses persistence and domain only; no JavaFX here (ArchitectureTest).
 */
package org.bedsideneuro.exchange;
