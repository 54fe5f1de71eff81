/**
 * The administrator's choice of the ward's parenteral MME factors (iv, sc, im): a published preset or a typed table
 * with its source, previewed against the table in force, saved through the MME factor service (which refuses anyone
 * but an administrator), and the history of who chose what. Only offered to administrators.
 */
package org.bedsideneuro.ui.mmefactors;
