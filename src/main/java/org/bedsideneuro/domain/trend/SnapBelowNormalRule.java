package org.bedsideneuro.domain.trend;

import java.util.List;
import java.util.Optional;
import org.bedsideneuro.domain.finding.Nerve;
import org.bedsideneuro.domain.ncs.NcsReading;

/**
 * snap_below_normal (shared/clinical-reference.md section 9; seed 000): a sural or superficial peroneal SNAP amplitude
 * below its own study's lower limit, or absent, on a side where the first study was normal. A value without its own
 * lower limit is not compared, and a first study without one (or already below it) never lets the rule fire.
 */
public final class SnapBelowNormalRule extends FirstStudyComparisonRule {
    @Override public FlagCode code() { return FlagCode.SNAP_BELOW_NORMAL; }

    @Override
    List<Nerve> nerves() {
        return List.of(Nerve.SURAL, Nerve.SUPERFICIAL_PERONEAL);
    }

    @Override
    boolean comparable(NcsReading first) {
        return first.standing() == NcsReading.Standing.NORMAL;
    }

    @Override
    boolean checkable(NcsReading now) {
        return now.standing() != NcsReading.Standing.NO_LOWER_LIMIT;
    }

    @Override
    Optional<String> holds(NcsReading first, NcsReading now) {
        return now.standing() == NcsReading.Standing.BELOW ? Optional.of(": below its lower limit.") : Optional.empty();
    }
}
