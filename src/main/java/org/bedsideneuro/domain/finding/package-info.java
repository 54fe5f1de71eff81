/**
 * Findings and their scales: every code of the exchange format with its scale as a type (MRC grades, NINDS reflex
 * grades, plantar response, gait, sensory, myoclonus and OIN items, eGFR). {@link org.bedsideneuro.domain.finding.FindingCode}
 * is the single definition of each finding. Pure Java: no JavaFX, no SQL, no I/O.
 */
package org.bedsideneuro.domain.finding;
