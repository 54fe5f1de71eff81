package org.bedsideneuro.exchange;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.domain.patient.Sex;

/** A valid row of patients.csv and the line it came from. */
record PatientLine(long line, Patient patient) {
    private static final Map<String, String> FIELDS = Map.of("MRN", "patient_id", "Family name", "family_name",
            "Given name", "given_name", "Birth date", "birth_date", "Ward", "ward", "Bed", "bed");

    /** Checks one row as the patient form does (Patient's constructor, birth date not in the future by {@code clock}). */
    static Optional<PatientLine> parse(CsvRow row, Clock clock, CellProblems problems) {
        Optional<PatientId> id = problems.cell("patient_id", PatientId::new);
        Optional<LocalDate> born = problems.cell("birth_date", ExchangeTimes::parseDate);
        Optional<Sex> sex = problems.coded("sex", Sex.class);
        if (!problems.isEmpty()) {
            return Optional.empty();
        }
        try {
            Patient patient = new Patient(id.get(), row.get("family_name"), row.get("given_name"), born.get(), sex.get(),
                    row.get("ward"), row.get("bed"));
            patient.requireBornBy(LocalDate.now(clock));
            return Optional.of(new PatientLine(row.line(), patient));
        } catch (IllegalArgumentException | NullPointerException e) {
            problems.fromDomain(e, FIELDS, "patient_id");
            return Optional.empty();
        }
    }
}
