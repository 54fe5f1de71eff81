package org.bedsideneuro.fhir;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.bedsideneuro.domain.regimen.DrugCatalog;
import org.bedsideneuro.domain.regimen.Route;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Dosage;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Timing;

/**
 * A MedicationRequest as an order of the exchange format (shared/fhir-notes.md; clinical reference section 6, order
 * kinds): {@code asNeeded} is PRN, with its most doses a day from {@code maxDosePerPeriod}; a
 * {@code doseAndRate.rate} is an infusion (a transdermal patch: a scheduled order at its rate); a dosage whose method
 * says patient-controlled is a PCA (its dose the bolus); else scheduled, doses a day from {@code timing.repeat}. The
 * start and stop are {@code timing.repeat.boundsPeriod} (the start else {@code authoredOn}).
 */
final class ImportedOrders {
    static final Map<String, String> PATHS = Map.of("patient_id", "subject", "drug", "medication", "kind", "dosageInstruction",
            "dose", "dosageInstruction.doseAndRate", "unit", "dosageInstruction.doseAndRate", "route", "dosageInstruction.route",
            "doses_per_day", "dosageInstruction.timing.repeat", "start", "dosageInstruction.timing.repeat.boundsPeriod.start",
            "stop", "dosageInstruction.timing.repeat.boundsPeriod.end", "note", "note");

    /** The text BedsideNeuro's own export gives a PCA's dosage method; an EHR's "patient-controlled" reads the same. */
    static final String PCA_METHOD = "Patient-controlled analgesia (PCA)";

    private ImportedOrders() {
    }

    static Optional<ImportedOrder> read(String name, MedicationRequest r, String mrn, String drug, List<String> problems) {
        if (!r.hasDosageInstruction()) {
            problems.add(name + ": dosageInstruction: missing; BedsideNeuro needs the dose, route and timing");
            return Optional.empty();
        }
        Dosage dosage = r.getDosageInstructionFirstRep();
        int before = problems.size();
        Optional<Route> route = route(dosage.getRoute());
        if (route.isEmpty()) {
            problems.add(name + ": dosageInstruction.route: " + (dosage.hasRoute() ? ImportedDrugs.describe(dosage.getRoute()) + " is not a route BedsideNeuro knows"
                    : "missing"));
        }
        Quantity doseQuantity = dosage.getDoseAndRateFirstRep().hasDoseQuantity() ? dosage.getDoseAndRateFirstRep().getDoseQuantity() : null;
        Quantity rateQuantity = dosage.getDoseAndRateFirstRep().hasRateQuantity() ? dosage.getDoseAndRateFirstRep().getRateQuantity() : null;
        String kind = kind(dosage, rateQuantity, route.orElse(null));
        Optional<ImportedDrugs.Amount> amount = rateQuantity != null ? ImportedDrugs.rate(rateQuantity) : ImportedDrugs.dose(doseQuantity);
        if (doseQuantity == null && rateQuantity == null) {
            problems.add(name + ": dosageInstruction.doseAndRate: no dose or rate");
        } else if (amount.isEmpty()) {
            String what = DrugCatalog.isOpioid(drug) ? " (the MME would be wrong)" : "";
            problems.add(name + ": dosageInstruction.doseAndRate." + (rateQuantity != null ? "rate" : "dose") + ": "
                    + ImportedDrugs.unconvertible(rateQuantity != null ? rateQuantity : doseQuantity, rateQuantity != null ? "mg/h or mcg/h" : "mg or mcg") + what);
        }
        Timing.TimingRepeatComponent repeat = dosage.getTiming().getRepeat();
        String start = repeat.hasBoundsPeriod() && repeat.getBoundsPeriod().hasStart() ? repeat.getBoundsPeriod().getStartElement().getValueAsString()
                : r.hasAuthoredOn() ? r.getAuthoredOnElement().getValueAsString() : null;
        if (start == null) {
            problems.add(name + ": dosageInstruction.timing.repeat.boundsPeriod.start: missing, and no authoredOn; BedsideNeuro needs when the order started");
        }
        String stop = repeat.hasBoundsPeriod() && repeat.getBoundsPeriod().hasEnd() ? repeat.getBoundsPeriod().getEndElement().getValueAsString() : "";
        String perDay = "";
        if (amount.isPresent()) {
            perDay = dosesPerDay(name, kind, dosage, repeat, amount.get(), route.orElse(null), problems);
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        Map<String, String> v = new HashMap<>();
        v.put("patient_id", mrn);
        v.put("drug", drug);
        v.put("kind", kind);
        v.put("dose", FhirBundleReader.plain(amount.get().value()));
        v.put("unit", amount.get().unit());
        v.put("route", route.get().code());
        v.put("doses_per_day", perDay);
        v.put("start", start);
        v.put("stop", stop);
        v.put("note", r.hasNote() ? r.getNoteFirstRep().getText() : "");
        return Optional.of(new ImportedOrder(v, new ImportedRows.Source(name, PATHS)));
    }

    private static String kind(Dosage dosage, Quantity rate, Route route) {
        String method = dosage.hasMethod() ? (dosage.getMethod().getText() + " " + dosage.getMethod().getCoding().stream()
                .map(c -> c.getDisplay() + " " + c.getCode()).reduce("", String::concat)).toLowerCase(Locale.ROOT) : "";
        if (method.contains("patient-controlled") || method.contains("patient controlled") || method.contains("pca")) {
            return "pca";
        }
        if (dosage.hasAsNeeded() && (!dosage.hasAsNeededBooleanType() || dosage.getAsNeededBooleanType().booleanValue())) {
            return "prn";
        }
        if (rate != null) {
            return route == Route.TRANSDERMAL ? "scheduled" : "infusion";
        }
        return "scheduled";
    }

    private static String dosesPerDay(String name, String kind, Dosage dosage, Timing.TimingRepeatComponent repeat, ImportedDrugs.Amount dose,
                                      Route route, List<String> problems) {
        switch (kind) {
            case "infusion", "pca" -> {
                return "";
            }
            case "prn" -> {
                if (!dosage.hasMaxDosePerPeriod() || !dosage.getMaxDosePerPeriod().getNumerator().hasValue()) {
                    problems.add(name + ": dosageInstruction.maxDosePerPeriod: missing; a PRN order needs the most it allows a day");
                    return "";
                }
                Optional<ImportedDrugs.Amount> most = ImportedDrugs.dose(dosage.getMaxDosePerPeriod().getNumerator());
                BigDecimal days = days(dosage.getMaxDosePerPeriod().getDenominator());
                if (most.isEmpty() || !most.get().unit().equals(dose.unit()) || days == null || dose.value().signum() <= 0) {
                    problems.add(name + ": dosageInstruction.maxDosePerPeriod: not an amount of the dose's unit per day, hours or week");
                    return "";
                }
                return FhirBundleReader.plain(most.get().value().divide(dose.value(), 6, RoundingMode.HALF_UP).divide(days, 6, RoundingMode.HALF_UP));
            }
            default -> {
                if (route == Route.TRANSDERMAL) {
                    return "1";
                }
                if (!repeat.hasFrequency()) {
                    problems.add(name + ": dosageInstruction.timing.repeat.frequency: missing; a scheduled order needs how often");
                    return "";
                }
                BigDecimal period = repeat.hasPeriod() ? repeat.getPeriod() : BigDecimal.ONE;
                BigDecimal hours = switch (repeat.hasPeriodUnit() ? repeat.getPeriodUnit() : Timing.UnitsOfTime.D) {
                    case H -> period;
                    case D -> period.multiply(BigDecimal.valueOf(24));
                    case WK -> period.multiply(BigDecimal.valueOf(24 * 7));
                    case MIN -> period.divide(BigDecimal.valueOf(60), 6, RoundingMode.HALF_UP);
                    default -> null;
                };
                if (hours == null || hours.signum() <= 0) {
                    problems.add(name + ": dosageInstruction.timing.repeat.periodUnit: how often must be per minute, hour, day or week");
                    return "";
                }
                return FhirBundleReader.plain(BigDecimal.valueOf(repeat.getFrequency()).multiply(BigDecimal.valueOf(24))
                        .divide(hours, 6, RoundingMode.HALF_UP));
            }
        }
    }

    /** A Quantity of time (UCUM d, h, wk) in days; null for anything else. */
    private static BigDecimal days(Quantity q) {
        if (q == null || !q.hasValue()) {
            return BigDecimal.ONE;
        }
        return switch (ImportedDrugs.unit(q)) {
            case "d" -> q.getValue();
            case "h" -> q.getValue().divide(BigDecimal.valueOf(24), 6, RoundingMode.HALF_UP);
            case "wk" -> q.getValue().multiply(BigDecimal.valueOf(7));
            default -> null;
        };
    }

    static Optional<Route> route(CodeableConcept route) {
        for (Coding c : route.getCoding()) {
            if (FhirCodes.SNOMED.equals(c.getSystem())) {
                Optional<Route> r = FhirCodes.routeOfSnomed(c.getCode());
                if (r.isPresent()) {
                    return r;
                }
            }
        }
        String text = route.hasText() ? route.getText().strip().toLowerCase(Locale.ROOT) : "";
        return Arrays.stream(Route.values()).filter(r -> r.code().equals(text) || r.label().toLowerCase(Locale.ROOT).equals(text)).findFirst();
    }
}
