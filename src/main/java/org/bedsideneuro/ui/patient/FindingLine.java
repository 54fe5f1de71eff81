package org.bedsideneuro.ui.patient;

/** One finding as shown: what was examined, on which side ("" when the finding has none), the value, any note. */
public record FindingLine(String finding, String side, String value, String note) {
}
