/**
 * Application services shared by the window and the command line: load what a report needs through persistence and
 * hand it to report, fhir or exchange. One place for "the progress summary of patient X over a period", so the PDF
 * from the patient page and from {@code export-pdf} are the same document.
 */
package org.bedsideneuro.service;
