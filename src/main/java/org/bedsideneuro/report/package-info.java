/**
 * Reports built from domain objects: the PDF progress summary, printing, the day-by-day timeline CSV. No JavaFX here;
 * the UI passes what it shows.
 */
package org.bedsideneuro.report;
