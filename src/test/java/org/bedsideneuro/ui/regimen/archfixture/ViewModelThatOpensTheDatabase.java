package org.bedsideneuro.ui.regimen.archfixture;

import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.regimen.MedicationOrder;
import org.bedsideneuro.persistence.Database;

/** A fixture that breaks the layering on purpose (a view model writing through Database); never used by the app. */
public final class ViewModelThatOpensTheDatabase {
    private final Database database;

    public ViewModelThatOpensTheDatabase(Database database) {
        this.database = database;
    }

    public void save(MedicationOrder order, Clinician by) {
        database.write(s -> {
            s.medications().add(order, by);
            return null;
        });
    }
}
