package org.bedsideneuro.domain.regimen;

/** Why an order does not count towards the MME (shared/clinical-reference.md section 6: "not counted", never zero). */
public enum NotCountedReason {
    ADJUVANT("not an opioid (adjuvant)", ""),
    BUPRENORPHINE("buprenorphine is not counted in MME", "CDC 2022; clinical reference section 6"),
    INTRATHECAL("intrathecal doses are not counted in MME", "clinical reference section 6"),
    UNKNOWN_DRUG("drug not known to BedsideNeuro: no MME factor", ""),
    NO_FACTOR_FOR_ROUTE("no MME factor for this drug by this route", "");

    private final String brief;
    private final String source;

    NotCountedReason(String brief, String source) {
        this.brief = brief;
        this.source = source;
    }

    /** The reason with its source, as screens and printouts show it. */
    public String description() {
        return source.isEmpty() ? brief : brief + " (" + source + ")";
    }

    /**
     * The reason alone, without its source: a few words for a cell of a table, with no ';' so that a list of
     * not-counted orders can be split on it.
     */
    public String brief() {
        return brief;
    }
}
