package org.bedsideneuro.domain.finding;

import java.util.List;
import java.util.Optional;

/**
 * The nerves of a nerve conduction study (shared/clinical-reference.md section 9), each with its four finding codes:
 * amplitude, its lower limit, conduction velocity, its lower limit. Sensory nerves give a SNAP in µV, motor nerves a
 * CMAP in mV. Median and ulnar have no codes in the exchange format yet, so they are not here.
 */
public enum Nerve implements Coded {
    SURAL("sural", "Sural", true, FindingCode.SURAL_SNAP, FindingCode.SURAL_SNAP_LLN, FindingCode.SURAL_CV, FindingCode.SURAL_CV_LLN),
    SUPERFICIAL_PERONEAL("superficial_peroneal", "Superficial peroneal", true, FindingCode.SUPERFICIAL_PERONEAL_SNAP,
            FindingCode.SUPERFICIAL_PERONEAL_SNAP_LLN, FindingCode.SUPERFICIAL_PERONEAL_CV, FindingCode.SUPERFICIAL_PERONEAL_CV_LLN),
    PERONEAL("peroneal", "Peroneal (EDB)", false, FindingCode.PERONEAL_CMAP, FindingCode.PERONEAL_CMAP_LLN, FindingCode.PERONEAL_CV,
            FindingCode.PERONEAL_CV_LLN),
    TIBIAL("tibial", "Tibial", false, FindingCode.TIBIAL_CMAP, FindingCode.TIBIAL_CMAP_LLN, FindingCode.TIBIAL_CV, FindingCode.TIBIAL_CV_LLN);

    private final String code;
    private final String label;
    private final boolean sensory;
    private final FindingCode amplitude;
    private final FindingCode amplitudeLowerLimit;
    private final FindingCode velocity;
    private final FindingCode velocityLowerLimit;

    Nerve(String code, String label, boolean sensory, FindingCode amplitude, FindingCode amplitudeLowerLimit, FindingCode velocity,
          FindingCode velocityLowerLimit) {
        this.code = code;
        this.label = label;
        this.sensory = sensory;
        this.amplitude = amplitude;
        this.amplitudeLowerLimit = amplitudeLowerLimit;
        this.velocity = velocity;
        this.velocityLowerLimit = velocityLowerLimit;
    }

    @Override public String code() { return code; }
    @Override public String label() { return label; }

    /** A sensory nerve (its amplitude is a SNAP, in µV); otherwise motor (a CMAP, in mV). */
    public boolean isSensory() { return sensory; }

    public FindingCode amplitude() { return amplitude; }
    public FindingCode amplitudeLowerLimit() { return amplitudeLowerLimit; }
    public FindingCode velocity() { return velocity; }
    public FindingCode velocityLowerLimit() { return velocityLowerLimit; }

    /** "SNAP" or "CMAP". */
    public String potential() { return sensory ? "SNAP" : "CMAP"; }

    /** "µV" or "mV". */
    public String amplitudeUnit() { return ((AmplitudeScale) amplitude.scale()).displayUnit(); }

    /** The two measured values of this nerve: amplitude, then velocity. */
    public List<FindingCode> measures() { return List.of(amplitude, velocity); }

    /** The lower-limit code that belongs to a measured value's code, if {@code measure} is one. */
    public static Optional<FindingCode> lowerLimitOf(FindingCode measure) {
        for (Nerve n : values()) {
            if (n.amplitude == measure) {
                return Optional.of(n.amplitudeLowerLimit);
            }
            if (n.velocity == measure) {
                return Optional.of(n.velocityLowerLimit);
            }
        }
        return Optional.empty();
    }

    /** True for a lower-limit code (ncs.*_lln). */
    public static boolean isLowerLimit(FindingCode code) {
        for (Nerve n : values()) {
            if (n.amplitudeLowerLimit == code || n.velocityLowerLimit == code) {
                return true;
            }
        }
        return false;
    }
}
