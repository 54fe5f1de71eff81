/**
 * Application services shared by the window and the command line: every write use case (save, amend and sign an exam;
 * add or edit a patient; start, change or stop an order; chart a dose; accounts and passwords; MME factors; backups;
 * export) is a method here, so the window and the command line check and record it the same way. Reports load what
 * they need through persistence and hand it to report, fhir or exchange: one place for "the progress summary of
 * patient X over a period", so the PDF from the patient page and from {@code export-pdf} are the same document.
 * {@link org.bedsideneuro.service.WardRecords} is what a screen gets: reads through the database, writes through
 * these services (docs/decisions/0018-reads-through-the-database.md).
 * <p>
 * Layer: used by ui and app; uses exchange, report, fhir, persistence, security and domain (ArchitectureTest).
 */
package org.bedsideneuro.service;
