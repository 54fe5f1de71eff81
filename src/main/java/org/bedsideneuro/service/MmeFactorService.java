package org.bedsideneuro.service;

import java.sql.SQLException;
import java.util.List;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.regimen.MmeFactor;
import org.bedsideneuro.domain.regimen.MmeTable;
import org.bedsideneuro.domain.regimen.ParenteralFactors;
import org.bedsideneuro.domain.regimen.ParenteralPreset;
import org.bedsideneuro.persistence.Database;
import org.bedsideneuro.persistence.Session;

/**
 * The MME factors in force for a database: the CDC 2022 oral factors with the parenteral table the ward chose
 * (clinical reference section 6). Whatever computes a daily MME from this database takes its table from here, so a
 * changed table applies to every day, past days included.
 */
public final class MmeFactorService {
    private final Database database;

    public MmeFactorService(Database database) {
        this.database = database;
    }

    /** A choice: the table before and after it, and whether a row was written (not when that table was in force already). */
    public record Change(ParenteralFactors before, ParenteralFactors after, boolean written) {
        /** "hydromorphone iv: 20 MME per mg -> 15 MME per mg", one per drug and route whose factor changed. */
        public List<String> factorChanges() {
            return after.changesFrom(before);
        }
    }

    /** The MME table in force: what to compute MME with. */
    public MmeTable tableInForce() {
        return database.read(MmeFactorService::tableInForce);
    }

    /** {@link #tableInForce()} within the caller's transaction, read with the records it computes MME for. */
    public static MmeTable tableInForce(Session s) throws SQLException {
        return s.parenteralFactors().inForce().table();
    }

    /** The parenteral table in force, with who chose it and when. */
    public ParenteralFactors inForce() {
        return database.read(s -> s.parenteralFactors().inForce());
    }

    /** Every choice, newest first. */
    public List<ParenteralFactors> history() {
        return database.read(s -> s.parenteralFactors().history());
    }

    /**
     * Puts {@code preset} in force for the whole database (an administrator's or the command line's action). Choosing
     * the preset someone already chose writes nothing; choosing the default where nobody ever chose records the choice.
     */
    public Change choose(ParenteralPreset preset, Clinician by) {
        return database.write(s -> {
            s.parenteralFactors().requireMayChoose(by);
            ParenteralFactors before = s.parenteralFactors().inForce();
            if (before.setBy().isPresent() && before.preset().filter(preset::equals).isPresent()) {
                return new Change(before, before, false);
            }
            return new Change(before, s.parenteralFactors().choose(preset, by), true);
        });
    }

    /**
     * Puts a typed table in force for the whole database, each factor with its source (an administrator's action).
     * The refusal comes before the table is checked, so someone who may not choose learns that first.
     */
    public Change chooseCustom(List<MmeFactor> factors, Clinician by) {
        return database.write(s -> {
            s.parenteralFactors().requireMayChoose(by);
            ParenteralFactors before = s.parenteralFactors().inForce();
            return new Change(before, s.parenteralFactors().chooseCustom(factors, by), true);
        });
    }
}
