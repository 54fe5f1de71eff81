package org.bedsideneuro.domain.trend;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.finding.FindingKey;
import org.bedsideneuro.domain.finding.Nerve;
import org.bedsideneuro.domain.finding.Side;
import org.bedsideneuro.domain.ncs.NcsReading;
import org.bedsideneuro.domain.ncs.NerveStudy;

/**
 * A nerve conduction rule of shared/clinical-reference.md section 9: each later study's amplitude of a nerve and side is
 * compared with the first study that recorded that nerve and side (never with an exam marked baseline: the bedside
 * baseline is not a study). Per nerve and side; a note is added when the two studies come from different laboratories
 * or examiners.
 */
abstract class FirstStudyComparisonRule implements FlagRule {

    /** The nerves this rule watches. */
    abstract List<Nerve> nerves();

    /** Whether the first study's reading lets this rule compare at all. */
    abstract boolean comparable(NcsReading first);

    /** The values that made the rule fire, or empty when it does not hold for {@code now} against {@code first}. */
    abstract Optional<String> holds(NcsReading first, NcsReading now);

    /** Whether {@code now} can be compared (a reading without its own lower limit may not be). */
    boolean checkable(NcsReading now) {
        return true;
    }

    @Override
    public List<RuleCheck> checks(PatientTimeline timeline) {
        List<RuleCheck> checks = new ArrayList<>();
        for (Nerve nerve : nerves()) {
            for (Side side : Side.values()) {
                FindingKey key = FindingKey.of(nerve.amplitude(), side);
                int[] recording = timeline.positionsRecording(key);
                if (recording.length < 2) {
                    continue;
                }
                Exam firstStudy = timeline.exams().get(recording[0]);
                NcsReading first = NcsReading.of(firstStudy, nerve.amplitude(), side).orElseThrow();
                if (!comparable(first)) {
                    continue;
                }
                String since = nerve.label() + " " + nerve.potential() + ", " + side.label().toLowerCase(Locale.ROOT)
                        + ": first study " + timeline.dateAt(recording[0]) + " " + first.text() + "; ";
                for (int i = 1; i < recording.length; i++) {
                    int at = recording[i];
                    Exam study = timeline.exams().get(at);
                    NcsReading now = NcsReading.of(study, nerve.amplitude(), side).orElseThrow();
                    if (!checkable(now)) {
                        continue; // shown as "lower limit not recorded", never compared
                    }
                    LocalDate day = timeline.dateAt(at);
                    Optional<String> why = holds(first, now);
                    if (why.isPresent()) {
                        String note = NerveStudy.comparabilityNote(firstStudy, study);
                        checks.add(RuleCheck.holds(key.columnName(), timeline.instantAt(at), day,
                                since + day + " " + now.text() + why.get() + (note.isEmpty() ? "" : " " + note),
                                List.of(firstStudy.id(), study.id())));
                    } else {
                        checks.add(RuleCheck.notHolding(key.columnName(), timeline.instantAt(at), day));
                    }
                }
            }
        }
        return checks;
    }
}
