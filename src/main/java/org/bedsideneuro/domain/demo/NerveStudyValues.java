package org.bedsideneuro.domain.demo;

import java.util.ArrayList;
import java.util.List;
import org.bedsideneuro.domain.finding.Finding;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.Nerve;
import org.bedsideneuro.domain.finding.Side;

/** A demo study's values as a laboratory reports them: per nerve and side, amplitude and velocity with their lower limits. */
final class NerveStudyValues {
    private final List<Finding> findings = new ArrayList<>();

    NerveStudyValues both(Nerve nerve, String amplitude, String amplitudeLowerLimit, String velocity, String velocityLowerLimit) {
        for (Side side : Side.values()) {
            side(nerve, side, amplitude, amplitudeLowerLimit, velocity, velocityLowerLimit);
        }
        return this;
    }

    /** A null value is not recorded (no velocity can be measured on an absent response). */
    NerveStudyValues side(Nerve nerve, Side side, String amplitude, String amplitudeLowerLimit, String velocity, String velocityLowerLimit) {
        add(nerve.amplitude(), side, amplitude);
        add(nerve.amplitudeLowerLimit(), side, amplitudeLowerLimit);
        add(nerve.velocity(), side, velocity);
        add(nerve.velocityLowerLimit(), side, velocityLowerLimit);
        return this;
    }

    private void add(FindingCode code, Side side, String value) {
        if (value != null) {
            findings.add(new Finding(code, side, code.parseValue(value)));
        }
    }

    List<Finding> findings() {
        return List.copyOf(findings);
    }
}
