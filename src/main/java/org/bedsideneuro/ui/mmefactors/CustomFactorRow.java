package org.bedsideneuro.ui.mmefactors;

import java.math.BigDecimal;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.bedsideneuro.domain.regimen.DoseUnit;
import org.bedsideneuro.domain.regimen.MmeFactor;
import org.bedsideneuro.domain.regimen.Route;

/**
 * One row of a typed table as the administrator edits it: drug, route (iv, sc or im), MME per unit as typed, unit
 * (mg or mcg). The source is the table's, typed once. Checked by {@link MmeFactor} when the table is saved.
 */
public final class CustomFactorRow {
    private final StringProperty drug = new SimpleStringProperty(this, "drug", "");
    private final ObjectProperty<Route> route = new SimpleObjectProperty<>(this, "route", Route.IV);
    private final StringProperty factor = new SimpleStringProperty(this, "factor", "");
    private final ObjectProperty<DoseUnit> unit = new SimpleObjectProperty<>(this, "unit", DoseUnit.MG);

    /** The factor this row says, with {@code source}; the domain's message when the row is not a valid factor. */
    MmeFactor toFactor(String source) {
        String name = drug.get() == null ? "" : drug.get().strip().toLowerCase(Locale.ROOT);
        if (name.isEmpty()) {
            throw new IllegalArgumentException("Each row of a custom table needs a drug");
        }
        String typed = factor.get() == null ? "" : factor.get().strip();
        BigDecimal value;
        try {
            value = new BigDecimal(typed);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("MME factor for " + name + " " + route.get().code() + ": '" + typed + "' is not a number");
        }
        return new MmeFactor(name, route.get(), unit.get(), value, source, true);
    }

    public StringProperty drugProperty() { return drug; }
    public ObjectProperty<Route> routeProperty() { return route; }
    public StringProperty factorProperty() { return factor; }
    public ObjectProperty<DoseUnit> unitProperty() { return unit; }
}
