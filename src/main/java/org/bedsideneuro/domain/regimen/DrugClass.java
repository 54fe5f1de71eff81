package org.bedsideneuro.domain.regimen;

/** What a drug on the regimen is, for MME purposes: an opioid, an adjuvant (not an opioid), or unknown to us. */
public enum DrugClass {
    OPIOID, ADJUVANT, UNKNOWN
}
