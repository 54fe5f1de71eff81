package org.bedsideneuro.ui.regimen;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.bedsideneuro.domain.regimen.MmeFactor;
import org.bedsideneuro.domain.regimen.MmeTable;
import org.bedsideneuro.domain.regimen.NotCountedReason;

/**
 * One line of the MME table dialog: a factor with its source, or a rule saying what is not counted. The clinician
 * sees exactly the numbers the app multiplies by, and where each comes from (clinical reference section 6).
 */
public record MmeTableRow(String drug, String route, String factor, String per, String source, String mark) {

    /** Every factor of {@code table} by drug and route, then the "not counted" rules. */
    public static List<MmeTableRow> of(MmeTable table) {
        List<MmeTableRow> rows = new ArrayList<>();
        table.factors().stream().sorted(Comparator.comparing(MmeFactor::drug).thenComparing(MmeFactor::route))
                .forEach(f -> rows.add(new MmeTableRow(f.drug(), f.route().label(), f.factor().toPlainString(),
                        "MME per " + f.per().code(), f.source(), f.estimate() ? "parenteral estimate" : "")));
        rows.add(notCounted("buprenorphine", "any", NotCountedReason.BUPRENORPHINE));
        rows.add(notCounted("any opioid", "Intrathecal", NotCountedReason.INTRATHECAL));
        rows.add(new MmeTableRow("any opioid", "Sublingual", "-", "", "The reference gives no sublingual factor (the CDC table is for oral use)", "not counted"));
        rows.add(notCounted("other drug or route", "-", NotCountedReason.NO_FACTOR_FOR_ROUTE));
        return rows;
    }

    private static MmeTableRow notCounted(String drug, String route, NotCountedReason reason) {
        return new MmeTableRow(drug, route, "-", "", reason.description(), "not counted");
    }
}
