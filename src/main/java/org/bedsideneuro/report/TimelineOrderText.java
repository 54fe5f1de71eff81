package org.bedsideneuro.report;

import java.math.BigDecimal;
import org.bedsideneuro.domain.regimen.DoseUnit;
import org.bedsideneuro.domain.regimen.MedicationOrder;

/**
 * An order as one item of the timeline CSV's lists: {@code drug route dose unit×doses_per_day}, e.g.
 * {@code fentanyl iv 50 mcg×6}. The unit is always written (fentanyl comes in mcg by injection and in mcg/h as a
 * patch); a patch is its rate alone, {@code fentanyl transdermal 12 mcg/h}, as it is applied once a day. The other
 * kinds of order (clinical reference section 6) say what they are: a PRN order its most doses a day,
 * {@code oxycodone oral 5 mg prn≤6}; an infusion its rate, {@code morphine sc 1 mg/h infusion}; a PCA its bolus,
 * {@code morphine iv 1 mg pca bolus}. No ';' can appear: the lists are ';'-separated.
 */
final class TimelineOrderText {
    private TimelineOrderText() {
    }

    static String of(MedicationOrder order) {
        String dose = order.drug() + " " + order.route().code() + " " + order.dose().toPlainString() + " " + order.unit().code();
        return switch (order.kind()) {
            case SCHEDULED -> {
                boolean onePatchADay = order.unit() == DoseUnit.MCG_PER_HOUR && order.dosesPerDay().compareTo(BigDecimal.ONE) == 0;
                yield onePatchADay ? dose : dose + "×" + order.dosesPerDay().toPlainString();
            }
            case PRN -> dose + " prn≤" + order.dosesPerDay().toPlainString();
            case INFUSION -> dose + " infusion";
            case PCA -> dose + " pca bolus";
        };
    }
}
