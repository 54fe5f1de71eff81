package org.bedsideneuro.ui.mmefactors;

import java.util.Optional;
import org.bedsideneuro.domain.regimen.MmeFactor;
import org.bedsideneuro.domain.regimen.ParenteralFactors;

/** One factor as the preview table shows it: "hydromorphone", "iv", "15 MME per mg", its published source. */
public record FactorRow(String drug, String route, String mmePerUnit, String source) {
    static FactorRow of(MmeFactor f) {
        return new FactorRow(f.drug(), f.route().code(), ParenteralFactors.perUnit(Optional.of(f)), f.source());
    }
}
