package org.bedsideneuro.domain.trend;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.domain.regimen.DailyMmeResult;
import org.bedsideneuro.domain.regimen.MedicationOrder;

/**
 * Runs every flag rule of shared/clinical-reference.md section 7 over one patient's current exams (amended and voided
 * versions left out by the caller), medication orders and daily MME series. Flags come back by date, then code.
 */
public final class FlagEngine {
    private final ZoneId zone;
    private final List<FlagRule> rules;

    public FlagEngine(ZoneId zone, List<FlagRule> rules) {
        this.zone = Objects.requireNonNull(zone, "time zone");
        this.rules = List.copyOf(rules);
    }

    /**
     * The eleven rules of reference section 7, the prescribing-safety rules of section 8 and the nerve conduction rules
     * of section 9, calendar days in {@code zone}.
     */
    public static FlagEngine standard(ZoneId zone) {
        return new FlagEngine(zone, List.of(new DistalWeaknessWorsenedRule(), new NewFootDropRule(), new AnkleReflexLostRule(),
                new ExtensorPlantarRule(), new StrengthAsymmetryRule(), new MyoclonusNewRule(), new MyoclonusRisingWithMmeRule(),
                new OinWarningSignsRule(), new SedationUnacceptableRule(), new HyperalgesiaEscalationRule(), new RenalRiskRule(),
                new OpioidBenzodiazepineRule(), new OpioidGabapentinoidRule(), new SerotonergicCombinationRule(), new HighDailyMmeRule(),
                new SnapBelowNormalRule(), new AmplitudeFellRule(),
                new ReviewOverdueRule(), new NoFunctionalBenefitRule(), new OpioidBeforeFirstLineRule()));
    }

    public List<FlagRule> rules() {
        return rules;
    }

    public List<Flag> run(PatientId patient, List<Exam> exams, List<MedicationOrder> orders, Map<LocalDate, DailyMmeResult> dailyMme) {
        PatientTimeline timeline = PatientTimeline.of(patient, exams, orders, dailyMme, zone);
        List<Flag> flags = new ArrayList<>();
        for (FlagRule rule : rules) {
            flags.addAll(rule.flags(timeline));
        }
        flags.sort(Comparator.comparing(Flag::date).thenComparing(Flag::code));
        return List.copyOf(flags);
    }
}
