package org.bedsideneuro.domain.trend;

import java.util.List;
import java.util.Optional;
import org.bedsideneuro.domain.finding.Nerve;
import org.bedsideneuro.domain.ncs.AmplitudeFall;
import org.bedsideneuro.domain.ncs.NcsReading;

/**
 * amplitude_fell (shared/clinical-reference.md section 9): a SNAP or CMAP amplitude at least
 * {@link AmplitudeFall#THRESHOLD_PERCENT} % below the same nerve's first study, BedsideNeuro's own threshold above the
 * 15-20 % between-session variation (Kong et al. 2009). Needs no lower limit; absent is a 100 % fall.
 */
public final class AmplitudeFellRule extends FirstStudyComparisonRule {
    @Override public FlagCode code() { return FlagCode.AMPLITUDE_FELL; }

    @Override
    List<Nerve> nerves() {
        return List.of(Nerve.values());
    }

    @Override
    boolean comparable(NcsReading first) {
        return AmplitudeFall.percent(first.value(), first.value()).isPresent(); // neither absent nor 0: something to fall from
    }

    @Override
    Optional<String> holds(NcsReading first, NcsReading now) {
        return AmplitudeFall.percent(first.value(), now.value())
                .filter(p -> p.compareTo(AmplitudeFall.THRESHOLD_PERCENT) >= 0)
                .map(p -> ": " + AmplitudeFall.text(p) + " below the first study (" + AmplitudeFall.THRESHOLD_LABEL + ").");
    }
}
