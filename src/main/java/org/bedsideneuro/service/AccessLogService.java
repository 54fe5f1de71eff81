package org.bedsideneuro.service;

import java.util.Objects;
import org.bedsideneuro.domain.account.AccessAction;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.persistence.Database;

/** The access log (HIPAA 45 CFR 164.312(b)): who opened, printed or exported whose record, who locked the window. */
public final class AccessLogService {
    private final Database database;

    public AccessLogService(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /** Records that {@code who} did {@code action} ({@code patient}: whose record, or null). */
    public void record(Clinician who, AccessAction action, PatientId patient, String detail) {
        database.write(s -> {
            s.accessLog().record(who, action, patient, detail);
            return null;
        });
    }
}
