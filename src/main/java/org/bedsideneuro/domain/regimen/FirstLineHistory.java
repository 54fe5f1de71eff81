package org.bedsideneuro.domain.regimen;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The neuropathic-pain plan (clinical reference section 8, seed 004): every first-line agent the patient has had
 * (gabapentinoids, SNRIs, tricyclics, topical lidocaine or capsaicin), each with its highest daily dose, how long its
 * orders ran in all, and how its trial ended (the outcome of its last stopped order; "running" while an order runs).
 * A dose change is a new order, so one drug's orders are taken together.
 */
public record FirstLineHistory(List<Agent> agents) {
    public FirstLineHistory {
        agents = List.copyOf(agents);
    }

    /** One first-line drug as the plan shows it. */
    public record Agent(MedicineClass medicineClass, String drug, BigDecimal highestDailyDose, DoseUnit unit, Duration ran,
                        boolean running, Optional<TrialOutcome> outcome) {
        /** "gabapentinoid: gabapentin, up to 1800 mg/day, 42 days, ineffective". */
        public String describe() {
            String dose = unit == DoseUnit.MCG_PER_HOUR || unit == DoseUnit.MG_PER_HOUR
                    ? highestDailyDose.stripTrailingZeros().toPlainString() + " " + unit.code()
                    : highestDailyDose.stripTrailingZeros().toPlainString() + " " + unit.code() + "/day";
            long days = ran.toDays();
            String how = running ? "running" : outcome.map(o -> o.label().toLowerCase(Locale.ROOT)).orElse("outcome not recorded");
            return medicineClass.label() + ": " + drug + ", up to " + dose + ", " + (days < 1 ? "under a day" : days + (days == 1 ? " day" : " days"))
                    + ", " + how;
        }

        /** Section 8: a trial that counts towards opioid_before_first_line. */
        public boolean failed() {
            return !running && outcome.filter(o -> o == TrialOutcome.INEFFECTIVE || o == TrialOutcome.NOT_TOLERATED).isPresent();
        }
    }

    public static FirstLineHistory of(Collection<MedicationOrder> orders, Instant now) {
        Map<String, List<MedicationOrder>> byDrug = new LinkedHashMap<>();
        orders.stream().sorted(Comparator.comparing(MedicationOrder::start)).filter(o -> firstLineClass(o.drug()).isPresent())
                .forEach(o -> byDrug.computeIfAbsent(o.drug(), d -> new ArrayList<>()).add(o));
        List<Agent> agents = new ArrayList<>();
        byDrug.forEach((drug, list) -> {
            MedicationOrder highest = list.stream().max(Comparator.comparing(FirstLineHistory::dailyDose)).orElseThrow();
            Duration ran = list.stream().map(o -> Duration.between(o.start().toInstant(), o.stop() == null ? now : o.stop().toInstant()))
                    .filter(d -> !d.isNegative()).reduce(Duration.ZERO, Duration::plus);
            boolean running = list.stream().anyMatch(o -> o.runningAt(now));
            Optional<TrialOutcome> outcome = list.stream().filter(o -> o.stop() != null).max(Comparator.comparing(MedicationOrder::stop))
                    .map(MedicationOrder::outcome);
            agents.add(new Agent(firstLineClass(drug).orElseThrow(), drug, dailyDose(highest), highest.unit(), ran, running, outcome));
        });
        return new FirstLineHistory(agents);
    }

    /** The first-line class of a drug (section 8), if it is one. */
    public static Optional<MedicineClass> firstLineClass(String drug) {
        return MedicineClass.FIRST_LINE.stream().filter(c -> c.includes(drug)).sorted().findFirst();
    }

    /** Section 8: how many first-line classes had a trial ending ineffective or not tolerated. */
    public long failedClasses() {
        return agents.stream().filter(Agent::failed).map(Agent::medicineClass).distinct().count();
    }

    /** A patch's rate is its dose; other orders' daily amount is dose x doses per day. */
    private static BigDecimal dailyDose(MedicationOrder o) {
        return o.dosesPerDay() == null || o.unit().isRate() ? o.dose() : o.dose().multiply(o.dosesPerDay());
    }
}
