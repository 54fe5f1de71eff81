package org.bedsideneuro.fhir;

import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.finding.AmplitudeScale;
import org.bedsideneuro.domain.finding.Finding;
import org.bedsideneuro.domain.finding.Nerve;
import org.bedsideneuro.domain.finding.NumberScale;
import org.bedsideneuro.domain.finding.NumericValue;
import org.bedsideneuro.domain.finding.Scale;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.SimpleQuantity;

/**
 * Nerve conduction values in FHIR: amplitudes and velocities as valueQuantity in UCUM (uV, mV, m/s), and the lower
 * limit of normal recorded in the same study as referenceRange.low (shared/clinical-reference.md section 9). The lower
 * limit is also its own member Observation (code ncs.*_lln), so that a reader of findings gets back every row.
 */
final class NerveConductionValues {
    private NerveConductionValues() {
    }

    /** The UCUM unit of a number scale or an amplitude scale. */
    static String ucumUnit(Scale scale) {
        if (scale instanceof AmplitudeScale a) {
            return a.unit();
        }
        return ((NumberScale) scale).unit();
    }

    /** Sets referenceRange.low on a measured value's Observation when its own study recorded the lower limit. */
    static void addLowerLimit(Observation o, Exam exam, Finding f) {
        Nerve.lowerLimitOf(f.code()).ifPresent(limitCode -> exam.value(limitCode, f.side()).ifPresent(limit -> {
            String unit = ucumUnit(limitCode.scale());
            SimpleQuantity low = new SimpleQuantity();
            low.setValue(((NumericValue) limit).value()).setSystem(FhirCodes.UCUM).setCode(unit).setUnit(unit);
            o.addReferenceRange().setLow(low).setText("Lower limit of normal of the laboratory for this patient and study");
        }));
    }
}
