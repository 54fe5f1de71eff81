package org.bedsideneuro.domain.regimen;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.bedsideneuro.domain.clinician.Clinician;

/**
 * The ward's parenteral MME factors (iv, sc, im) in force: one of the published presets, or a table an administrator
 * typed with a source for every factor, and who chose it and when (shared/clinical-reference.md section 6: the
 * hospital's choice, audited and named wherever an MME is shown). A changed table applies to every day: the daily MME
 * is derived with the table in force, never stored. A drug and route the table has no factor for is not counted.
 */
public final class ParenteralFactors {
    private final ParenteralPreset preset;
    private final List<MmeFactor> factors;
    private final Clinician setBy;
    private final Instant setAt;

    private ParenteralFactors(ParenteralPreset preset, List<MmeFactor> factors, Clinician setBy, Instant setAt) {
        this.preset = preset;
        this.factors = List.copyOf(factors);
        this.setBy = setBy;
        this.setAt = setAt;
    }

    /** What a ward that never chose has: BedsideNeuro's default estimates, chosen by nobody. */
    public static ParenteralFactors notChosen() {
        return new ParenteralFactors(ParenteralPreset.DEFAULT, ParenteralPreset.DEFAULT.factors(), null, null);
    }

    /** {@code preset}, chosen by {@code by} at {@code at}. */
    public static ParenteralFactors preset(ParenteralPreset preset, Clinician by, Instant at) {
        Objects.requireNonNull(preset, "preset");
        return new ParenteralFactors(preset, preset.factors(), Objects.requireNonNull(by, "set by"), Objects.requireNonNull(at, "set at"));
    }

    /**
     * A table an administrator typed: every factor above 0 with its source (one line), for an opioid other than
     * buprenorphine, by iv, sc or im, per mg or mcg, each drug and route once. Every factor is marked as a parenteral
     * estimate, as the presets' are.
     */
    public static ParenteralFactors custom(List<MmeFactor> factors, Clinician by, Instant at) {
        if (factors.isEmpty()) {
            throw new IllegalArgumentException("A custom parenteral table needs at least one factor");
        }
        Set<String> seen = new HashSet<>();
        List<MmeFactor> checked = new ArrayList<>();
        for (MmeFactor f : factors) {
            String what = "Parenteral factor for " + f.drug() + " " + f.route().code();
            if (!DrugCatalog.isOpioid(f.drug()) || f.drug().equals("buprenorphine")) {
                throw new IllegalArgumentException(what + ": only opioids other than buprenorphine have a factor");
            }
            if (!f.route().isParenteral()) {
                throw new IllegalArgumentException(what + ": the route must be iv, sc or im");
            }
            if (f.per() != DoseUnit.MG && f.per() != DoseUnit.MCG) {
                throw new IllegalArgumentException(what + ": per mg or per mcg");
            }
            if (f.source().chars().anyMatch(Character::isISOControl)) {
                throw new IllegalArgumentException(what + ": the source must be one line of text");
            }
            if (!seen.add(f.drug() + " " + f.route().code())) {
                throw new IllegalArgumentException(what + ": given twice");
            }
            checked.add(new MmeFactor(f.drug(), f.route(), f.per(), f.factor(), f.source(), true));
        }
        return new ParenteralFactors(null, checked, Objects.requireNonNull(by, "set by"), Objects.requireNonNull(at, "set at"));
    }

    /** The preset in force, or empty for a custom table. */
    public Optional<ParenteralPreset> preset() {
        return Optional.ofNullable(preset);
    }

    public boolean isCustom() {
        return preset == null;
    }

    /** The parenteral factors in force, each with its source. */
    public List<MmeFactor> factors() {
        return factors;
    }

    /** Who chose this table; empty when nobody ever did (the default). */
    public Optional<Clinician> setBy() {
        return Optional.ofNullable(setBy);
    }

    public Optional<Instant> setAt() {
        return Optional.ofNullable(setAt);
    }

    /** "NCI PDQ", or "custom table". */
    public String tableName() {
        return preset == null ? "custom table" : preset.label();
    }

    /** CDC 2022 oral factors with these parenteral factors: what MME is computed with while this table is in force. */
    public MmeTable table() {
        return MmeTable.withParenteral(factors);
    }

    /**
     * The line screens and printouts carry: "parenteral factors: NCI PDQ, set 2026-12-01 by Dr A. Example", or
     * "parenteral factors: BedsideNeuro default (never changed)".
     */
    public String inForceLine(ZoneId zone) {
        if (setBy == null) {
            return "parenteral factors: " + tableName() + " (never changed)";
        }
        return "parenteral factors: " + tableName() + ", set " + LocalDate.ofInstant(setAt, zone) + " by " + setBy.displayName();
    }

    /** True when both are the same preset, or the same custom factors. */
    public boolean sameTableAs(ParenteralFactors other) {
        return preset == other.preset && (preset != null || factors.equals(other.factors));
    }

    /**
     * Each drug and route whose factor differs between {@code before} and this table: "hydromorphone iv: 20 -> 15 MME
     * per mg", "oxymorphone iv: not counted -> 30 MME per mg". Empty when only the sources differ.
     */
    public List<String> changesFrom(ParenteralFactors before) {
        MmeTable old = before.table();
        MmeTable now = table();
        List<String> changes = new ArrayList<>();
        for (DrugRoute row : drugsAndRoutes(before, this)) {
            String was = perUnit(old.factor(row.drug(), row.route()));
            String is = perUnit(now.factor(row.drug(), row.route()));
            if (!was.equals(is)) {
                changes.add(row + ": " + was + " -> " + is);
            }
        }
        return changes;
    }

    /** A parenteral drug and route: "morphine sc". */
    public record DrugRoute(String drug, Route route) {
        @Override
        public String toString() {
            return drug + " " + route.code();
        }
    }

    /** Every drug and route either table could count, the presets' drugs first: the rows a listing shows. */
    public static List<DrugRoute> drugsAndRoutes(ParenteralFactors a, ParenteralFactors b) {
        Set<DrugRoute> rows = new LinkedHashSet<>();
        for (String drug : ParenteralPreset.DRUGS) {
            for (Route route : ParenteralPreset.ROUTES) {
                rows.add(new DrugRoute(drug, route));
            }
        }
        for (ParenteralFactors table : List.of(a, b)) {
            table.factors.forEach(f -> rows.add(new DrugRoute(f.drug(), f.route())));
        }
        return List.copyOf(rows);
    }

    /** "20 MME per mg", or "not counted" (never 0). */
    public static String perUnit(Optional<MmeFactor> factor) {
        return factor.map(f -> f.factor().stripTrailingZeros().toPlainString() + " MME per " + f.per().code()).orElse("not counted");
    }
}
