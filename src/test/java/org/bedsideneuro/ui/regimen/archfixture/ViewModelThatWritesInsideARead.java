package org.bedsideneuro.ui.regimen.archfixture;

import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.regimen.MedicationOrder;
import org.bedsideneuro.service.WardRecords;

/** A fixture that writes through the read port on purpose, around the services; never used by the app. */
public final class ViewModelThatWritesInsideARead {
    private final WardRecords records;

    public ViewModelThatWritesInsideARead(WardRecords records) {
        this.records = records;
    }

    public void save(MedicationOrder order, Clinician by) {
        records.read(s -> {
            s.medications().add(order, by);
            return null;
        });
    }
}
