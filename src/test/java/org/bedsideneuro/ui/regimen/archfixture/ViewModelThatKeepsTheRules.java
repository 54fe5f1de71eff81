package org.bedsideneuro.ui.regimen.archfixture;

import java.util.List;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.domain.regimen.MedicationOrder;
import org.bedsideneuro.service.WardRecords;
import org.bedsideneuro.ui.patient.PatientViewModel;

/** A fixture that reads, writes through a service and uses the patient page it plugs into: every rule holds. */
public final class ViewModelThatKeepsTheRules {
    private final WardRecords records;

    public ViewModelThatKeepsTheRules(WardRecords records) {
        this.records = records;
    }

    public List<MedicationOrder> orders(PatientId patient) {
        return records.read(s -> s.medications().forPatient(patient));
    }

    public void save(MedicationOrder order, Clinician by) {
        records.orders().start(order, null, by);
    }

    public boolean showing(PatientViewModel page) {
        return page != null;
    }
}
