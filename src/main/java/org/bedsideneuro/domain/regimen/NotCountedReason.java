package org.bedsideneuro.domain.regimen;

/** Why an order does not count towards the MME (shared/clinical-reference.md section 6: "not counted", never zero). */
public enum NotCountedReason {
    ADJUVANT("not an opioid (adjuvant)"),
    BUPRENORPHINE("buprenorphine is not counted in MME (CDC 2022; clinical reference section 6)"),
    INTRATHECAL("intrathecal doses are not counted in MME (clinical reference section 6)"),
    UNKNOWN_DRUG("drug not known to BedsideNeuro: no MME factor"),
    NO_FACTOR_FOR_ROUTE("no MME factor for this drug by this route");

    private final String description;

    NotCountedReason(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
