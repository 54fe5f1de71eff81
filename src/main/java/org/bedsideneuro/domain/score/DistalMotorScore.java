package org.bedsideneuro.domain.score;

import java.util.Collection;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.finding.Finding;
import org.bedsideneuro.domain.finding.FindingCode;

/**
 * Distal motor score: BedsideNeuro's own, NOT a validated scale. The seven distal muscles (wrist extension, finger
 * abduction, ankle dorsiflexion, eversion, inversion, plantarflexion, toe extension), both sides, full grades, 0-70.
 * Source: shared/clinical-reference.md section 1 ("label it so").
 */
public final class DistalMotorScore {
    /** shared/clinical-reference.md section 1: 14 items x 0-5 = 0-70; BedsideNeuro's own, not validated. */
    public static final ScoreDefinition DEFINITION = new ScoreDefinition("Distal motor score", 0, 70, false,
            "BedsideNeuro's own, not a validated scale; shared/clinical-reference.md section 1",
            MrcItemsScore.items(FindingCode::isDistalMuscle));

    private DistalMotorScore() {
    }

    public static ScoreResult of(Exam exam) {
        return of(exam.findings());
    }

    public static ScoreResult of(Collection<Finding> findings) {
        return MrcItemsScore.compute(DEFINITION, findings);
    }
}
