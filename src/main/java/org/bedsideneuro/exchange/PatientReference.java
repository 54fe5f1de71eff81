package org.bedsideneuro.exchange;

import org.bedsideneuro.domain.patient.PatientId;

/**
 * The patient a row of medications.csv or findings.csv names, kept for a row refused for its other cells: that row
 * must still be checked against patients.csv and the database, so that one run reports every problem it has.
 */
record PatientReference(ExchangeFile file, long line, PatientId patient) {
}
