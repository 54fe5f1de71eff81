package org.bedsideneuro.exchange;

import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.domain.regimen.Administration;
import org.bedsideneuro.domain.regimen.AdministrationId;
import org.bedsideneuro.domain.regimen.AdministrationRules;
import org.bedsideneuro.domain.regimen.MedicationOrder;
import org.bedsideneuro.domain.regimen.OrderId;
import org.bedsideneuro.domain.regimen.OrderKind;
import org.bedsideneuro.persistence.Session;

/**
 * The rows of administrations.csv against their orders and the record, in the import's transaction
 * (shared/exchange-format.md, administrations.csv; clinical reference section 6). What a dose must be is
 * {@link AdministrationRules}' to say, as in the window: each row is checked against the doses that stand for its order
 * and the folder's rows for it that come earlier by time given, so that where a rule involves several rows (a PRN
 * order's most doses a day, two PCA readings overlapping) the later row is the one reported. A row already on the
 * record is skipped and counted; a row that repeats a dose withdrawn in the app is refused, so that importing a folder
 * again never brings back what was withdrawn.
 */
final class AdministrationCheck {
    private static final Comparator<AdministrationLine> BY_TIME_GIVEN = Comparator
            .comparing((AdministrationLine a) -> a.givenAt().toInstant()).thenComparingLong(AdministrationLine::line);

    private final Session session;
    private final ZoneId zone;
    private final Instant now;
    private final List<ExchangeProblem> problems;
    private final List<Pending> toAdd = new ArrayList<>();
    /** The dose each row matched on the record or becomes, by line. */
    private final Map<Long, String> recordIds = new HashMap<>();
    private int skipped;

    /**
     * @param zone calendar days (a PRN order's most doses a day) are those of this zone, the computer's
     * @param now  doses after this are in the future
     */
    AdministrationCheck(Session session, ZoneId zone, Instant now, List<ExchangeProblem> problems) {
        this.session = session;
        this.zone = zone;
        this.now = now;
        this.problems = problems;
    }

    /** A row to record under its order, once the whole import has been checked. */
    private record Pending(AdministrationLine line, MedicationOrder order) {
    }

    /** Adds every problem of {@code lines} to the import's problems; a row of a patient nobody knows is reported already. */
    void check(List<AdministrationLine> lines, NamedOrders orders, Predicate<PatientId> knownPatient) throws SQLException {
        Map<OrderId, MedicationOrder> named = new HashMap<>();
        Map<OrderId, List<AdministrationLine>> byOrder = new LinkedHashMap<>();
        for (AdministrationLine line : lines) {
            if (!knownPatient.test(line.patient())) {
                continue;
            }
            Optional<MedicationOrder> order = orders.find(line, problems);
            if (order.isPresent()) {
                named.put(order.get().id(), order.get());
                byOrder.computeIfAbsent(order.get().id(), k -> new ArrayList<>()).add(line);
            }
        }
        for (Map.Entry<OrderId, List<AdministrationLine>> rows : byOrder.entrySet()) {
            checkUnder(named.get(rows.getKey()), rows.getValue(), orders.isStored(rows.getKey()));
        }
    }

    private void checkUnder(MedicationOrder order, List<AdministrationLine> rows, boolean stored) throws SQLException {
        List<Administration> standing = stored ? session.administrations().currentOfOrder(order.id()) : List.of();
        List<Administration> withdrawn = stored ? session.administrations().withdrawnOfOrder(order.id()) : List.of();
        // What the next row is checked against: the record, and the rows of this folder accepted before it.
        List<Administration> onRecord = new ArrayList<>(standing);
        // The same doses by time, so that each row is checked against the few that can matter to it (its calendar day,
        // the pump readings next to it), not against years of doses: a five-year record is 7,000 doses per order.
        TreeMap<Instant, List<Administration>> byTime = new TreeMap<>();
        standing.forEach(a -> byTime.computeIfAbsent(a.instant(), k -> new ArrayList<>()).add(a));
        Map<AdministrationId, AdministrationLine> fromFolder = new HashMap<>();
        for (AdministrationLine row : rows.stream().sorted(BY_TIME_GIVEN).toList()) {
            Optional<Administration> there = standing.stream().filter(row::sameEntryAs).findFirst();
            if (there.isPresent()) {
                skipped++;
                recordIds.put(row.line(), there.get().id().toString());
                continue;
            }
            if (withdrawn.stream().anyMatch(row::sameEntryAs)) {
                problems.add(row.problem("given_at", "this dose was withdrawn in the app; remove its row, or chart it again in the app"));
                continue;
            }
            // Who gave it is stored only when the import writes; the rules do not ask who.
            Administration candidate = row.under(order.id(), Clinician.create(row.givenBy(), row.role()));
            try {
                AdministrationRules.check(order, candidate, neighbours(order, candidate, byTime), zone, now);
                onRecord.add(candidate);
                byTime.computeIfAbsent(candidate.instant(), k -> new ArrayList<>()).add(candidate);
                fromFolder.put(candidate.id(), row);
                toAdd.add(new Pending(row, order));
                recordIds.put(row.line(), row.id().toString());
            } catch (IllegalArgumentException e) {
                problems.add(overlappedRow(order, candidate, onRecord, fromFolder)
                        .map(earlier -> row.problem("period_start", ExchangeTimes.format(row.periodStart()) + " to "
                                + ExchangeTimes.format(row.givenAt()) + " overlaps the reading on line " + earlier.line() + " ("
                                + ExchangeTimes.format(earlier.periodStart()) + " to " + ExchangeTimes.format(earlier.givenAt()) + ")"))
                        .orElseGet(() -> row.refusal(e)));
            }
        }
    }

    /**
     * The doses on record that the rules of clinical reference section 6 compare {@code candidate} with: for a PRN dose
     * those of its calendar day (the daily maximum); for a PCA reading those whose intervals reach into its own (the
     * record's readings never overlap each other, so they follow one another in time); none for a scheduled dose.
     */
    private List<Administration> neighbours(MedicationOrder order, Administration candidate,
                                            NavigableMap<Instant, List<Administration>> byTime) {
        List<Administration> near = new ArrayList<>();
        if (order.kind() == OrderKind.PRN) {
            AdministrationRules.Neighbourhood day = AdministrationRules.Neighbourhood.of(candidate, zone);
            byTime.subMap(day.from(), true, day.to(), false).values().forEach(near::addAll);
        } else if (order.kind() == OrderKind.PCA && candidate.isPcaReading()) {
            for (List<Administration> at : byTime.tailMap(candidate.periodStart().toInstant(), false).values()) {
                boolean reachesIn = at.stream().anyMatch(a -> !a.isPcaReading() || a.periodStart().toInstant().isBefore(candidate.instant()));
                near.addAll(at);
                if (!reachesIn) {
                    break;
                }
            }
        }
        return near;
    }

    /**
     * The folder's row whose PCA reading {@code candidate} overlaps, if the overlap is with one of the folder's rows
     * rather than with a reading on record: the rule is the domain's, asked of each such row alone; the message then
     * names its line.
     */
    private Optional<AdministrationLine> overlappedRow(MedicationOrder order, Administration candidate, List<Administration> onRecord,
                                                       Map<AdministrationId, AdministrationLine> fromFolder) {
        if (order.kind() != OrderKind.PCA || !fitsAlone(order, candidate)) {
            return Optional.empty();
        }
        for (Administration earlier : onRecord) {
            AdministrationLine row = fromFolder.get(earlier.id());
            if (row == null) {
                continue;
            }
            try {
                AdministrationRules.check(order, candidate, List.of(earlier), zone, now);
            } catch (IllegalArgumentException overlaps) {
                return Optional.of(row);
            }
        }
        return Optional.empty();
    }

    /** True when {@code candidate} fits its order with no other dose on record: a refusal then comes from the others. */
    private boolean fitsAlone(MedicationOrder order, Administration candidate) {
        try {
            AdministrationRules.check(order, candidate, List.of(), zone, now);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The dose each accepted row matched on the record or becomes, by line. */
    Map<Long, String> recordIds() {
        return recordIds;
    }

    /** Rows already on the record, skipped. */
    int skipped() {
        return skipped;
    }

    /** Records the checked rows, each by the clinician its given_by and role name; returns how many. */
    int write(Clinician enteredBy, ImportClinicians clinicians) throws SQLException {
        // Checked above, and nothing below reads what these inserts write: they go in batches (a five-year ward holds
        // about 150,000 doses).
        return session.inBatches(s -> {
            for (Pending p : toAdd) {
                Clinician givenBy = clinicians.findOrCreate(p.line().givenBy(), p.line().role());
                s.administrations().record(p.line().under(p.order().id(), givenBy), p.order(), enteredBy);
            }
            return toAdd.size();
        });
    }
}
