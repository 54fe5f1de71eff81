package org.bedsideneuro.domain.regimen;

import org.bedsideneuro.domain.finding.Coded;

/** Why an order was given (exchange format, medications.csv {@code indication}); empty code: not recorded. */
public enum Indication implements Coded {
    NEUROPATHIC_PAIN("neuropathic_pain", "Neuropathic pain"),
    NOCICEPTIVE_PAIN("nociceptive_pain", "Nociceptive pain"),
    CANCER_PAIN("cancer_pain", "Cancer pain"),
    PALLIATIVE("palliative", "Palliative"),
    MYOCLONUS("myoclonus", "Myoclonus"),
    OTHER("other", "Other"),
    NOT_RECORDED("", "Not recorded");

    private final String code;
    private final String label;

    Indication(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override public String code() { return code; }
    @Override public String label() { return label; }
}
