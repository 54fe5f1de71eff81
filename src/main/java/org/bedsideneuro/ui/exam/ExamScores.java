package org.bedsideneuro.ui.exam;

import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.bedsideneuro.domain.finding.Finding;
import org.bedsideneuro.domain.finding.FindingKey;
import org.bedsideneuro.domain.score.DistalMotorScore;
import org.bedsideneuro.domain.score.MrcSumScore;
import org.bedsideneuro.domain.score.PegScore;
import org.bedsideneuro.domain.score.ReflexSummary;

/**
 * The scores of the findings on the form, recomputed on every keystroke. They are "stored with the exam" the way
 * the domain stores every score: recomputed from the exam's stored findings wherever it is shown, never written as a
 * number of their own, so a score can never disagree with the findings it came from (domain.score package notes).
 */
public final class ExamScores {
    private final ReadOnlyStringWrapper mrcSum = new ReadOnlyStringWrapper(this, "mrcSum", "");
    private final ReadOnlyStringWrapper distal = new ReadOnlyStringWrapper(this, "distal", "");
    private final ReadOnlyStringWrapper reflexes = new ReadOnlyStringWrapper(this, "reflexes", "");
    private final ReadOnlyStringWrapper peg = new ReadOnlyStringWrapper(this, "peg", "");

    void update(Collection<Finding> findings) {
        // ScoreResult.display() says "not computable (missing: ...)" rather than ever showing a partial number.
        mrcSum.set(MrcSumScore.of(findings).display());
        distal.set(DistalMotorScore.of(findings).display());
        reflexes.set(reflexText(ReflexSummary.of(findings)));
        PegScore pegScore = PegScore.of(findings);
        boolean anyPegItem = pegScore.missing().size() < PegScore.ITEMS.size();
        peg.set(anyPegItem ? pegScore.display() : "PEG: not asked");
    }

    static String reflexText(ReflexSummary summary) {
        if (summary.recorded().isEmpty()) {
            return "Reflex summary: no reflexes recorded";
        }
        StringBuilder text = new StringBuilder("Reflex summary: " + summary.recorded().size() + " recorded, "
                + summary.absentCount() + " absent");
        if (!summary.absent().isEmpty()) {
            text.append(" (").append(summary.absent().stream().map(FindingKey::label).collect(Collectors.joining("; "))).append(")");
        }
        if (summary.bothAnkleReflexesAbsent()) {
            text.append("; both ankle reflexes absent");
        }
        text.append("; reinforcement ").append(summary.reinforcement().map(r -> r.label().toLowerCase(Locale.ROOT)).orElse("not recorded"));
        return text.toString();
    }

    public ReadOnlyStringProperty mrcSumText() { return mrcSum.getReadOnlyProperty(); }
    /** Carries "BedsideNeuro's own, not a validated scale" in its label (DistalMotorScore.DEFINITION). */
    public ReadOnlyStringProperty distalText() { return distal.getReadOnlyProperty(); }
    public ReadOnlyStringProperty reflexText() { return reflexes.getReadOnlyProperty(); }
    /** The PEG score (Krebs 2009), shown only when its three items are all on the form. */
    public ReadOnlyStringProperty pegText() { return peg.getReadOnlyProperty(); }
}
