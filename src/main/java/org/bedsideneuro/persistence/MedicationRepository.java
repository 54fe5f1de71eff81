package org.bedsideneuro.persistence;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.bedsideneuro.domain.account.Action;
import org.bedsideneuro.domain.account.Permissions;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.finding.Coded;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.domain.regimen.DoseUnit;
import org.bedsideneuro.domain.regimen.Indication;
import org.bedsideneuro.domain.regimen.MedicationOrder;
import org.bedsideneuro.domain.regimen.OrderId;
import org.bedsideneuro.domain.regimen.OrderKind;
import org.bedsideneuro.domain.regimen.Route;
import org.bedsideneuro.domain.regimen.TrialOutcome;

/** Medication orders. An order is stopped once (its stop time set); a change is a stop and a new order. */
public final class MedicationRepository {
    private static final String COLUMNS = "id, patient_id, drug, dose, unit, route, doses_per_day, start_at, start_offset, stop_at, stop_offset, note,"
            + " kind, indication, outcome";

    private final Session session;

    MedicationRepository(Session session) {
        this.session = session;
    }

    /**
     * An order as stored. Orders from before order kinds (V10) read back as scheduled, indication not recorded (NULL)
     * and no outcome; an infusion or a PCA has no doses per day (NULL).
     */
    private static MedicationOrder map(ResultSet rs) throws SQLException {
        String dosesPerDay = rs.getString("doses_per_day");
        String indication = rs.getString("indication");
        String outcome = rs.getString("outcome");
        return new MedicationOrder(OrderId.parse(rs.getString("id")), new PatientId(rs.getString("patient_id")), rs.getString("drug"),
                new BigDecimal(rs.getString("dose")), Coded.parse(DoseUnit.class, rs.getString("unit"), "unit"),
                Coded.parse(Route.class, rs.getString("route"), "route"), dosesPerDay == null ? null : new BigDecimal(dosesPerDay),
                Sql.time(rs.getLong("start_at"), rs.getInt("start_offset")), Sql.nullableTime(rs, "stop_at", "stop_offset"),
                rs.getString("note"), Coded.parse(OrderKind.class, rs.getString("kind"), "kind"),
                indication == null ? Indication.NOT_RECORDED : Coded.parse(Indication.class, indication, "indication"),
                outcome == null ? null : Coded.parse(TrialOutcome.class, outcome, "outcome"));
    }

    public void add(MedicationOrder order, Clinician by) throws SQLException {
        Permissions.require(by, Action.MANAGE_MEDICATION);
        session.chain().write("order", order.id().toString(), order.patientId().value(),
                "INSERT INTO medication_order (" + COLUMNS + ", entered_at, entered_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                order.id().toString(), order.patientId().value(), order.drug(), order.dose().toPlainString(), order.unit().code(),
                order.route().code(), order.dosesPerDay() == null ? null : order.dosesPerDay().toPlainString(),
                Sql.millis(order.start().toInstant()), Sql.offsetSeconds(order.start()),
                order.stop() == null ? null : Sql.millis(order.stop().toInstant()), order.stop() == null ? null : Sql.offsetSeconds(order.stop()),
                order.note(), order.kind().code(), indicationCode(order.indication()), order.outcome() == null ? null : order.outcome().code(),
                Sql.millis(session.now()), by.id().toString());
        session.audit().record(by, "create", "order", order.id().toString(), order.patientId(), order.summary());
    }

    /** Not recorded is NULL, as in every order stored before indications existed. */
    private static String indicationCode(Indication indication) {
        return indication == Indication.NOT_RECORDED ? null : indication.code();
    }

    /** Stops a running order at {@code when}, its trial's outcome not recorded. */
    public void stop(OrderId id, OffsetDateTime when, Clinician by) throws SQLException {
        stop(id, when, null, by);
    }

    /**
     * Stops a running order at {@code when}, its trial having ended with {@code outcome} (null: not recorded; clinical
     * reference section 8). An order that was already stopped is not changed.
     */
    public void stop(OrderId id, OffsetDateTime when, TrialOutcome outcome, Clinician by) throws SQLException {
        Permissions.require(by, Action.MANAGE_MEDICATION);
        MedicationOrder order = find(id).orElseThrow(() -> new RecordConflictException("No medication order " + id));
        if (order.stop() != null) {
            throw new RecordConflictException("This order was already stopped at " + order.stop());
        }
        MedicationOrder stopped = order.stoppedAt(when, outcome); // validates stop after start
        if (!session.chain().write("order", id.toString(), order.patientId().value(),
                "UPDATE medication_order SET stop_at = ?, stop_offset = ?, outcome = ? WHERE id = ? AND stop_at IS NULL",
                Sql.millis(stopped.stop().toInstant()), Sql.offsetSeconds(stopped.stop()), outcome == null ? null : outcome.code(), id.toString())) {
            // Read as running above, stopped since by someone else in a concurrent transaction (SQLite's deferred one)
            throw new RecordConflictException("This order was stopped meanwhile by someone else.");
        }
        session.audit().record(by, "stop", "order", id.toString(), order.patientId(), order.summary() + " stopped at " + stopped.stop()
                + (outcome == null ? "" : ", outcome: " + outcome.label().toLowerCase(Locale.ROOT)));
    }

    public Optional<MedicationOrder> find(OrderId id) throws SQLException {
        return Sql.one(session.connection(), "SELECT " + COLUMNS + " FROM medication_order WHERE id = ?", MedicationRepository::map, id.toString());
    }

    /** A patient's orders by start time. */
    public List<MedicationOrder> forPatient(PatientId patient) throws SQLException {
        return Sql.list(session.connection(), "SELECT " + COLUMNS + " FROM medication_order WHERE patient_id = ? ORDER BY start_at, id",
                MedicationRepository::map, patient.value());
    }

    public List<MedicationOrder> all() throws SQLException {
        return Sql.list(session.connection(), "SELECT " + COLUMNS + " FROM medication_order ORDER BY patient_id, start_at, id", MedicationRepository::map);
    }
}
