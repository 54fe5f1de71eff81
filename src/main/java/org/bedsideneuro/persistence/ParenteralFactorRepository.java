package org.bedsideneuro.persistence;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bedsideneuro.domain.account.Action;
import org.bedsideneuro.domain.account.Permissions;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.exam.TimeOrderedUuid;
import org.bedsideneuro.domain.finding.Coded;
import org.bedsideneuro.domain.regimen.DoseUnit;
import org.bedsideneuro.domain.regimen.MmeFactor;
import org.bedsideneuro.domain.regimen.ParenteralFactors;
import org.bedsideneuro.domain.regimen.ParenteralPreset;
import org.bedsideneuro.domain.regimen.Route;

/**
 * The ward's parenteral MME factors (V11): every choice a row, the newest in force, none ever changed. A choice is
 * an administrator's (or the command line's), audited and chained in the same transaction.
 */
public final class ParenteralFactorRepository {
    /** The hash chain's and the audit trail's name for a choice. */
    static final String ENTITY = "parenteral_factors";
    private static final String SELECT = "SELECT p.chosen_at, p.preset, p.custom_factors, " + ClinicianRepository.COLUMNS
            + " FROM parenteral_factor_choice p JOIN clinician c ON c.id = p.chosen_by ORDER BY p.chosen_at DESC, p.id DESC";

    private final Session session;

    ParenteralFactorRepository(Session session) {
        this.session = session;
    }

    /** The newest choice, or BedsideNeuro's default when nobody ever chose. */
    public ParenteralFactors inForce() throws SQLException {
        return Sql.one(session.connection(), SELECT + " LIMIT 1", ParenteralFactorRepository::map).orElseGet(ParenteralFactors::notChosen);
    }

    /** Every choice, newest first (empty when nobody ever chose). */
    public List<ParenteralFactors> history() throws SQLException {
        return Sql.list(session.connection(), SELECT, ParenteralFactorRepository::map);
    }

    /** Puts {@code preset} in force from now on; returns it as stored. */
    public ParenteralFactors choose(ParenteralPreset preset, Clinician by) throws SQLException {
        return record(ParenteralFactors.preset(preset, by, storedNow()), by);
    }

    /** Puts a typed table in force from now on (validated by {@link ParenteralFactors#custom}); returns it as stored. */
    public ParenteralFactors chooseCustom(List<MmeFactor> factors, Clinician by) throws SQLException {
        return record(ParenteralFactors.custom(factors, by, storedNow()), by);
    }

    /** Refuses anyone but an enabled administrator or the command line's operating-system user. */
    public void requireMayChoose(Clinician by) throws SQLException {
        Permissions.require(by, session.accounts().isAdministrator(by.id()), Action.SET_MME_FACTORS);
    }

    private ParenteralFactors record(ParenteralFactors chosen, Clinician by) throws SQLException {
        requireMayChoose(by);
        ParenteralFactors before = inForce();
        String id = TimeOrderedUuid.next().toString();
        session.chain().write(ENTITY, id, null,
                "INSERT INTO parenteral_factor_choice (id, chosen_at, chosen_by, preset, custom_factors) VALUES (?, ?, ?, ?, ?)",
                id, Sql.millis(chosen.setAt().orElseThrow()), by.id().toString(), chosen.preset().map(ParenteralPreset::code).orElse(null),
                chosen.isCustom() ? pack(chosen.factors()) : null);
        List<String> changes = chosen.changesFrom(before);
        session.audit().record(by, "set", ENTITY, id, null, "parenteral factors: " + before.tableName() + " -> " + chosen.tableName()
                + (changes.isEmpty() ? "; no factor changed" : "; " + String.join("; ", changes)));
        return chosen;
    }

    /** The transaction's time as the column keeps it (milliseconds), so what is returned is what is read back. */
    private Instant storedNow() {
        return Instant.ofEpochMilli(Sql.millis(session.now()));
    }

    private static ParenteralFactors map(ResultSet rs) throws SQLException {
        Clinician by = ClinicianRepository.map(rs);
        Instant at = Instant.ofEpochMilli(rs.getLong("chosen_at"));
        String preset = rs.getString("preset");
        if (preset != null) {
            return ParenteralFactors.preset(Coded.byCode(ParenteralPreset.class, preset).orElseThrow(() -> new IllegalStateException(
                    "The database names a parenteral factor preset this version does not know: '" + preset + "'")), by, at);
        }
        return ParenteralFactors.custom(unpack(rs.getString("custom_factors")), by, at);
    }

    /**
     * One line per factor: drug, route, unit, factor and source separated by tabs. No field holds a tab or a line
     * break (drugs, routes and units are codes, the factor a decimal, the source one line: ParenteralFactors.custom).
     */
    static String pack(List<MmeFactor> factors) {
        List<String> lines = new ArrayList<>();
        for (MmeFactor f : factors) {
            lines.add(String.join("\t", f.drug(), f.route().code(), f.per().code(), f.factor().toPlainString(), f.source()));
        }
        return String.join("\n", lines);
    }

    static List<MmeFactor> unpack(String text) {
        List<MmeFactor> factors = new ArrayList<>();
        for (String line : text.split("\n")) {
            String[] f = line.split("\t", -1);
            if (f.length != 5) {
                throw new IllegalStateException("A damaged custom parenteral factor in the database: " + line);
            }
            factors.add(new MmeFactor(f[0], Coded.parse(Route.class, f[1], "route"), Coded.parse(DoseUnit.class, f[2], "unit"),
                    new BigDecimal(f[3]), f[4], true));
        }
        return factors;
    }
}
