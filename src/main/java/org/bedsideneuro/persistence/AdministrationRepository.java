package org.bedsideneuro.persistence;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.bedsideneuro.domain.account.Action;
import org.bedsideneuro.domain.account.Permissions;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.finding.Coded;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.domain.regimen.Administration;
import org.bedsideneuro.domain.regimen.AdministrationId;
import org.bedsideneuro.domain.regimen.AdministrationRules;
import org.bedsideneuro.domain.regimen.AdministrationStatus;
import org.bedsideneuro.domain.regimen.DoseUnit;
import org.bedsideneuro.domain.regimen.MedicationOrder;
import org.bedsideneuro.domain.regimen.OrderId;

/**
 * The medication administration record (V10; shared/clinical-reference.md section 6): doses given, held, refused or
 * not given under an order, and PCA pump readings. Insert-only: a wrong entry is withdrawn with a reason (a row in
 * administration_void), never changed or deleted. Every write is chained and audited in its own transaction. The
 * clinical rules for what may be recorded (a running order, a PRN order's limits, PCA intervals) are checked by the
 * caller, {@code service.AdministrationService}; this repository refuses what would leave the record inconsistent: an
 * order that is not there or belongs to another patient, a time in the future, a role that may not record doses.
 */
public final class AdministrationRepository {
    private static final String COLUMNS = "a.id, a.order_id, a.patient_id, a.given_at, a.given_offset, a.period_start_at,"
            + " a.period_start_offset, a.dose, a.unit, a.status, a.note, " + ClinicianRepository.COLUMNS;
    private static final String FROM = " FROM administration a JOIN clinician c ON c.id = a.given_by";
    private static final String NOT_WITHDRAWN = " AND NOT EXISTS (SELECT 1 FROM administration_void v WHERE v.administration_id = a.id)";
    /** Parameters from, to, from, to: a dose given in [from, to), or a PCA reading whose (start, reading] reaches into it. */
    private static final String REACHING_INTO = " AND ((a.period_start_at IS NULL AND a.given_at >= ? AND a.given_at < ?)"
            + " OR (a.period_start_at IS NOT NULL AND a.given_at > ? AND a.period_start_at < ?))";
    private static final String BY_TIME = " ORDER BY a.given_at, a.id";

    private final Session session;

    AdministrationRepository(Session session) {
        this.session = session;
    }

    private static Administration map(ResultSet rs) throws SQLException {
        return new Administration(AdministrationId.parse(rs.getString("id")), OrderId.parse(rs.getString("order_id")),
                new PatientId(rs.getString("patient_id")), Sql.time(rs.getLong("given_at"), rs.getInt("given_offset")),
                Sql.nullableTime(rs, "period_start_at", "period_start_offset"), new BigDecimal(rs.getString("dose")),
                Coded.parse(DoseUnit.class, rs.getString("unit"), "unit"), Coded.parse(AdministrationStatus.class, rs.getString("status"), "status"),
                ClinicianRepository.map(rs), rs.getString("note"));
    }

    /** Records {@code given}, typed in by {@code by} (who gave it is {@code given.givenBy()}, a stored clinician). */
    public void record(Administration given, Clinician by) throws SQLException {
        record(given, session.medications().find(given.orderId())
                .orElseThrow(() -> new RecordConflictException("No medication order " + given.orderId())), by);
    }

    /** {@link #record(Administration, Clinician)} under {@code order}, read by the caller in this same transaction. */
    public void record(Administration given, MedicationOrder order, Clinician by) throws SQLException {
        Permissions.require(by, Action.RECORD_ADMINISTRATION);
        given.requireNotInFuture(session.now());
        if (!order.id().equals(given.orderId())) {
            throw new IllegalArgumentException("Order: this dose is recorded under another order than " + order.summary());
        }
        if (!order.patientId().equals(given.patientId())) {
            throw new IllegalArgumentException("Order: " + order.summary() + " is patient " + order.patientId().value()
                    + "'s, not " + given.patientId().value() + "'s");
        }
        String id = given.id().toString();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", id);
        row.put("order_id", given.orderId().toString());
        row.put("patient_id", given.patientId().value());
        row.put("given_at", Sql.millis(given.instant()));
        row.put("given_offset", Sql.offsetSeconds(given.givenAt()));
        row.put("period_start_at", given.periodStart() == null ? null : Sql.millis(given.periodStart().toInstant()));
        row.put("period_start_offset", given.periodStart() == null ? null : Sql.offsetSeconds(given.periodStart()));
        row.put("dose", given.dose().toPlainString());
        row.put("unit", given.unit().code());
        row.put("status", given.status().code());
        row.put("given_by", given.givenBy().id().toString());
        row.put("note", given.note());
        row.put("recorded_at", Sql.millis(session.now()));
        row.put("recorded_by", by.id().toString());
        session.chain().insert("administration", id, given.patientId().value(), row);
        session.audit().record(by, "create", "administration", id, given.patientId(), describe(order, given));
    }

    /** "morphine oral 10 mg x 4/day: 10 mg given at 2026-03-01T08:00+01:00 by Noor Example (nurse)". */
    static String describe(MedicationOrder order, Administration a) {
        String amount = a.dose().toPlainString() + " " + a.unit().code();
        String what = a.isPcaReading() ? amount + " delivered from " + a.periodStart() + " to " + a.givenAt()
                : amount + " " + a.status().label().toLowerCase(Locale.ROOT) + " at " + a.givenAt();
        return order.summary() + ": " + what + " by " + a.givenBy().signature() + (a.note().isEmpty() ? "" : " (" + a.note() + ")");
    }

    /**
     * Withdraws an administration entered in error: it stays in the record, marked withdrawn, with who, when and why,
     * and no longer counts. One that is already withdrawn is not withdrawn again.
     */
    public void withdraw(AdministrationId id, String reason, Clinician by) throws SQLException {
        Permissions.require(by, Action.RECORD_ADMINISTRATION);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new IllegalArgumentException("Reason for withdrawing the dose record: required");
        }
        Administration given = find(id).orElseThrow(() -> new RecordConflictException("No dose record " + id));
        Optional<AdministrationWithdrawal> earlier = withdrawal(id);
        if (earlier.isPresent()) {
            throw alreadyWithdrawn(earlier.get());
        }
        if (!session.chain().write("administration_void", id.toString(), given.patientId().value(),
                "INSERT INTO administration_void (administration_id, voided_at, voided_by, reason) VALUES (?, ?, ?, ?)"
                        + " ON CONFLICT (administration_id) DO NOTHING",
                id.toString(), Sql.millis(session.now()), by.id().toString(), why)) {
            throw alreadyWithdrawn(withdrawal(id).orElseThrow());
        }
        session.audit().record(by, "void", "administration", id.toString(), given.patientId(), why);
    }

    private static RecordConflictException alreadyWithdrawn(AdministrationWithdrawal w) {
        return new RecordConflictException("This dose record was already withdrawn by " + w.by().signature() + " at " + w.at()
                + ": " + w.reason());
    }

    /** The administration with this id, withdrawn or not. */
    public Optional<Administration> find(AdministrationId id) throws SQLException {
        return Sql.one(session.connection(), "SELECT " + COLUMNS + FROM + " WHERE a.id = ?", AdministrationRepository::map, id.toString());
    }

    /** The withdrawal of this administration, if it was withdrawn. */
    public Optional<AdministrationWithdrawal> withdrawal(AdministrationId id) throws SQLException {
        return Sql.one(session.connection(), "SELECT v.administration_id, v.voided_at, v.reason, " + ClinicianRepository.COLUMNS
                        + " FROM administration_void v JOIN clinician c ON c.id = v.voided_by WHERE v.administration_id = ?",
                rs -> new AdministrationWithdrawal(AdministrationId.parse(rs.getString("administration_id")),
                        Instant.ofEpochMilli(rs.getLong("voided_at")), ClinicianRepository.map(rs), rs.getString("reason")), id.toString());
    }

    /** A patient's administrations that stand (withdrawn ones left out), by time given: what the daily MME counts. */
    public List<Administration> current(PatientId patient) throws SQLException {
        return Sql.list(session.connection(), "SELECT " + COLUMNS + FROM + " WHERE a.patient_id = ?" + NOT_WITHDRAWN + BY_TIME,
                AdministrationRepository::map, patient.value());
    }

    /** The administrations of one order that stand, by time given. */
    public List<Administration> currentOfOrder(OrderId order) throws SQLException {
        return Sql.list(session.connection(), "SELECT " + COLUMNS + FROM + " WHERE a.order_id = ?" + NOT_WITHDRAWN + BY_TIME,
                AdministrationRepository::map, order.toString());
    }

    /**
     * The administrations of one order that the rules need to check one more ({@link AdministrationRules.Neighbourhood}):
     * doses given in its span, or PCA readings whose interval reaches into it. Each is one range of the index on order
     * and time.
     */
    public List<Administration> currentOfOrderAround(OrderId order, AdministrationRules.Neighbourhood around) throws SQLException {
        String span = around.readings() ? " AND a.period_start_at IS NOT NULL AND a.given_at > ? AND a.period_start_at < ?"
                : " AND a.period_start_at IS NULL AND a.given_at >= ? AND a.given_at < ?";
        return Sql.list(session.connection(), "SELECT " + COLUMNS + FROM + " WHERE a.order_id = ?" + span + NOT_WITHDRAWN + BY_TIME,
                AdministrationRepository::map, order.toString(), around.from().toEpochMilli(), around.to().toEpochMilli());
    }

    /**
     * The administrations of one order that were withdrawn, by time given: an import must not bring one back unnoticed
     * by charting it again.
     */
    public List<Administration> withdrawnOfOrder(OrderId order) throws SQLException {
        return Sql.list(session.connection(), "SELECT " + COLUMNS + FROM + " WHERE a.order_id = ?"
                        + " AND EXISTS (SELECT 1 FROM administration_void v WHERE v.administration_id = a.id)" + BY_TIME,
                AdministrationRepository::map, order.toString());
    }

    /**
     * A patient's administrations that stand and fall in [{@code from}, {@code to}): doses given in it, and PCA readings
     * whose interval reaches into it (a reading covers (period start, given at]).
     */
    public List<Administration> currentBetween(PatientId patient, Instant from, Instant to) throws SQLException {
        return Sql.list(session.connection(), "SELECT " + COLUMNS + FROM + " WHERE a.patient_id = ?" + REACHING_INTO + NOT_WITHDRAWN + BY_TIME,
                AdministrationRepository::map, patient.value(), from.toEpochMilli(), to.toEpochMilli(), from.toEpochMilli(), to.toEpochMilli());
    }

    /** Every patient's administrations that stand and were given (or read, for a PCA) at or after {@code from}. */
    public List<Administration> currentSince(Instant from) throws SQLException {
        return Sql.list(session.connection(), "SELECT " + COLUMNS + FROM + " WHERE a.given_at >= ?" + NOT_WITHDRAWN + BY_TIME,
                AdministrationRepository::map, from.toEpochMilli());
    }
}
