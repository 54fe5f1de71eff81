package org.bedsideneuro.fhir;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.bedsideneuro.domain.regimen.DoseUnit;
import org.bedsideneuro.domain.regimen.MedicationOrder;
import org.bedsideneuro.domain.regimen.OrderKind;
import org.bedsideneuro.domain.regimen.Route;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Dosage;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Ratio;
import org.hl7.fhir.r4.model.Timing;

/**
 * An order's dosageInstruction, shaped by its kind (shared/clinical-reference.md section 6, "Order kinds";
 * shared/fhir-notes.md: {@code asNeeded[x]} for PRN, {@code doseAndRate.rate[x]} for infusions):
 * <ul>
 * <li>scheduled: the dose, and how often as {@code timing.repeat} frequency per period (a patch: its rate);</li>
 * <li>PRN: the dose, {@code asNeededBoolean} true and the daily maximum as {@code maxDosePerPeriod} (dose x most doses
 * a day, per 1 day); no frequency, since the patient asks;</li>
 * <li>infusion: its rate in {@code doseAndRate.rateQuantity} (UCUM mg/h or ug/h);</li>
 * <li>PCA: the bolus as the dose, and the text says that it is the bolus; what the pump delivered travels as
 * MedicationAdministrations, one per reading.</li>
 * </ul>
 * Every kind carries the order's start and stop as {@code timing.repeat.boundsPeriod}.
 */
final class DosageInstructions {
    private DosageInstructions() {
    }

    static Dosage of(MedicationOrder order) {
        Dosage dosage = new Dosage().setText(text(order));
        dosage.setTiming(timing(order));
        dosage.setRoute(route(order.route()));
        switch (order.kind()) {
            case SCHEDULED -> {
                if (order.unit().isRate()) {
                    dosage.addDoseAndRate().setRate(quantity(order.dose(), order.unit())); // a patch delivers at a rate
                } else {
                    dosage.addDoseAndRate().setDose(quantity(order.dose(), order.unit()));
                }
            }
            case PRN -> {
                dosage.setAsNeeded(new BooleanType(true));
                dosage.addDoseAndRate().setDose(quantity(order.dose(), order.unit()));
                dosage.setMaxDosePerPeriod(dailyMaximum(order));
            }
            case INFUSION -> dosage.addDoseAndRate().setRate(quantity(order.dose(), order.unit()));
            case PCA -> {
                dosage.addDoseAndRate().setDose(quantity(order.dose(), order.unit()));
                dosage.setMethod(new CodeableConcept().setText(ImportedOrders.PCA_METHOD)); // read back as a PCA on import
            }
        }
        return dosage;
    }

    /** The order's summary; a PCA's adds that the dose is the patient's bolus, not a scheduled dose. */
    static String text(MedicationOrder order) {
        return switch (order.kind()) {
            case PCA -> order.summary() + ": the dose is the bolus the patient can give on demand; what the pump delivered is"
                    + " in the MedicationAdministrations (one per pump reading)";
            case PRN -> order.summary() + ": given as needed; only doses given count in the daily MME";
            default -> order.summary();
        };
    }

    /** A dose or rate in UCUM (mcg is "ug"), with BedsideNeuro's unit as the human-readable unit. */
    static Quantity quantity(BigDecimal value, DoseUnit unit) {
        return new Quantity().setValue(value).setSystem(FhirCodes.UCUM).setCode(FhirCodes.ucum(unit)).setUnit(unit.code());
    }

    /** shared/fhir-notes.md, row "routes (SNOMED)". */
    static CodeableConcept route(Route route) {
        return new CodeableConcept().addCoding(BundleEntries.external(FhirCodes.SNOMED, FhirCodes.route(route))).setText(route.label());
    }

    /** A PRN order's most doses a day as an amount per day: dose x most doses a day, per 1 d (section 6). */
    private static Ratio dailyMaximum(MedicationOrder order) {
        Quantity most = quantity(order.dose().multiply(order.dosesPerDay()).stripTrailingZeros(), order.unit());
        Quantity day = new Quantity().setValue(BigDecimal.ONE).setSystem(FhirCodes.UCUM).setCode("d").setUnit("day");
        return new Ratio().setNumerator(most).setDenominator(day);
    }

    /**
     * The order's start and stop as boundsPeriod; for a scheduled order also doses per day as frequency per period:
     * whole numbers per 1 day, a fraction as the smallest whole frequency per whole days (1.5 a day = 3 per 2 days),
     * because FHIR's frequency is a positive integer.
     */
    static Timing timing(MedicationOrder order) {
        Timing.TimingRepeatComponent repeat = new Timing.TimingRepeatComponent();
        if (order.kind() == OrderKind.SCHEDULED) {
            BigDecimal perDay = order.dosesPerDay().stripTrailingZeros();
            BigInteger frequency = perDay.unscaledValue();
            BigInteger days = BigInteger.ONE;
            if (perDay.scale() > 0) {
                days = BigInteger.TEN.pow(perDay.scale());
            } else if (perDay.scale() < 0) {
                frequency = perDay.toBigIntegerExact();
            }
            BigInteger gcd = frequency.gcd(days);
            repeat.setFrequency(frequency.divide(gcd).intValueExact());
            repeat.setPeriod(new BigDecimal(days.divide(gcd)));
            repeat.setPeriodUnit(Timing.UnitsOfTime.D);
        }
        Period bounds = new Period().setStartElement(BundleEntries.dateTime(order.start()));
        if (order.stop() != null) {
            bounds.setEndElement(BundleEntries.dateTime(order.stop()));
        }
        repeat.setBounds(bounds);
        return new Timing().setRepeat(repeat);
    }
}
