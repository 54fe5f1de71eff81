package org.bedsideneuro.fhir;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Quantity;

/**
 * An EHR's drug codes and units in BedsideNeuro's terms (shared/fhir-notes.md): the drug by BedsideNeuro's own code,
 * an RxNorm ingredient code of {@link FhirCodes}, or a generic name the text or display spells; amounts in UCUM
 * converted to the exchange format's units (mg, mcg; mg/h, mcg/h for a rate). Anything else is not guessed at.
 */
final class ImportedDrugs {
    private ImportedDrugs() {
    }

    /** An amount in one of the exchange format's units. */
    record Amount(BigDecimal value, String unit) {
    }

    static Optional<String> genericName(CodeableConcept medication) {
        for (Coding c : medication.getCoding()) {
            if (LocalCodeSystems.DRUG.equals(c.getSystem()) && LocalCodeSystems.knownDrug(c.getCode())) {
                return Optional.of(c.getCode());
            }
        }
        for (Coding c : medication.getCoding()) {
            if (FhirCodes.RXNORM.equals(c.getSystem())) {
                Optional<String> drug = FhirCodes.drugOfRxNorm(c.getCode());
                if (drug.isPresent()) {
                    return drug;
                }
            }
        }
        Optional<String> byText = named(medication.getText());
        if (byText.isPresent()) {
            return byText;
        }
        return medication.getCoding().stream().map(c -> named(c.getDisplay())).flatMap(Optional::stream).findFirst();
    }

    /** A name that is, word for word, a generic name BedsideNeuro knows ("Morphine" or "morphine sulfate 10 mg"). */
    private static Optional<String> named(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String lower = text.strip().toLowerCase(Locale.ROOT);
        if (LocalCodeSystems.knownDrug(lower)) {
            return Optional.of(lower);
        }
        String first = lower.split("[\\s,]+")[0];
        return LocalCodeSystems.knownDrug(first) ? Optional.of(first) : Optional.empty();
    }

    /** "RxNorm 197696 'Ondansetron 4 mg'" or the text: what an EHR called a drug or observation we leave out. */
    static String describe(CodeableConcept concept) {
        if (concept == null) {
            return "no code";
        }
        String codes = concept.getCoding().stream()
                .map(c -> system(c.getSystem()) + " " + c.getCode() + (c.hasDisplay() ? " '" + c.getDisplay() + "'" : ""))
                .collect(Collectors.joining(", "));
        if (concept.hasText()) {
            return codes.isEmpty() ? "'" + concept.getText() + "'" : codes + " ('" + concept.getText() + "')";
        }
        return codes.isEmpty() ? "no code" : codes;
    }

    private static String system(String system) {
        if (FhirCodes.RXNORM.equals(system)) {
            return "RxNorm";
        }
        if (FhirCodes.LOINC.equals(system)) {
            return "LOINC";
        }
        if (FhirCodes.SNOMED.equals(system)) {
            return "SNOMED CT";
        }
        return system == null ? "(no system)" : system;
    }

    /** A dose as mg or mcg: UCUM mg, ug (mcg as the unit text), g. */
    static Optional<Amount> dose(Quantity q) {
        if (q == null || !q.hasValue()) {
            return Optional.empty();
        }
        String unit = unit(q);
        return switch (unit) {
            case "mg" -> Optional.of(new Amount(q.getValue(), "mg"));
            case "ug", "mcg" -> Optional.of(new Amount(q.getValue(), "mcg"));
            case "g" -> Optional.of(new Amount(q.getValue().multiply(BigDecimal.valueOf(1000)), "mg"));
            default -> Optional.empty();
        };
    }

    /** A rate as mg/h or mcg/h: UCUM mg/h, ug/h, and per minute or per day converted. */
    static Optional<Amount> rate(Quantity q) {
        if (q == null || !q.hasValue()) {
            return Optional.empty();
        }
        BigDecimal v = q.getValue();
        return switch (unit(q)) {
            case "mg/h" -> Optional.of(new Amount(v, "mg/h"));
            case "ug/h", "mcg/h" -> Optional.of(new Amount(v, "mcg/h"));
            case "mg/min" -> Optional.of(new Amount(v.multiply(BigDecimal.valueOf(60)), "mg/h"));
            case "ug/min", "mcg/min" -> Optional.of(new Amount(v.multiply(BigDecimal.valueOf(60)), "mcg/h"));
            case "mg/d" -> Optional.of(new Amount(v.divide(BigDecimal.valueOf(24), 6, RoundingMode.HALF_UP).stripTrailingZeros(), "mg/h"));
            default -> Optional.empty();
        };
    }

    /** The UCUM code, else the unit text (many EHRs send "mcg"). */
    static String unit(Quantity q) {
        String code = q.hasCode() ? q.getCode() : q.getUnit();
        return code == null ? "" : code.strip();
    }

    /** "unit 'mL' cannot be converted to mg or mcg" */
    static String unconvertible(Quantity q, String to) {
        return "unit '" + (q == null ? "" : unit(q)) + "' cannot be converted to " + to;
    }
}
