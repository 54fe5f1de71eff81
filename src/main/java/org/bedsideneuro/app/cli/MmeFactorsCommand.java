package org.bedsideneuro.app.cli;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.bedsideneuro.app.ExitCode;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.regimen.MmeFactor;
import org.bedsideneuro.domain.regimen.MmeTable;
import org.bedsideneuro.domain.regimen.ParenteralFactors;
import org.bedsideneuro.domain.regimen.ParenteralPreset;
import org.bedsideneuro.persistence.Database;
import org.bedsideneuro.service.MmeFactorService;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code mme-factors [--preset NAME]}: the MME factors in force with their sources, and the ward's choice of parenteral
 * table (clinical reference section 6), who made it and when; with {@code --preset}, a new choice for the whole
 * database, made as the operating-system user like the command line's other writes.
 */
@Command(name = "mme-factors", mixinStandardHelpOptions = true,
        description = "List the MME factors in force with their sources: the CDC 2022 oral factors and the ward's parenteral"
                + " table (iv, sc, im), which table it is, and every change with who made it and when. With --preset, choose"
                + " the parenteral table for the whole database.")
final class MmeFactorsCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--preset", paramLabel = "NAME", converter = PresetConverter.class,
            description = "default, nci-pdq, treillet-2018 or vanderbilt (clinical reference section 6).")
    ParenteralPreset preset;

    /** A bad name is a usage error listing the valid ones. */
    static final class PresetConverter implements CommandLine.ITypeConverter<ParenteralPreset> {
        @Override
        public ParenteralPreset convert(String value) {
            try {
                return ParenteralPreset.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    @Override
    public Integer call() {
        try (Database db = CliSupport.open(root)) {
            MmeFactorService factors = new MmeFactorService(db);
            PrintWriter out = spec.commandLine().getOut();
            if (preset != null) {
                Clinician os = db.write(CliSupport::osUser);
                report(factors.choose(preset, os), out);
            } else {
                list(factors.inForce(), factors.history(), out);
            }
            out.flush();
            return ExitCode.OK;
        }
    }

    private static void report(MmeFactorService.Change change, PrintWriter out) {
        ZoneId zone = ZoneId.systemDefault();
        if (!change.written()) {
            out.println(change.after().tableName() + " is in force already (" + change.after().inForceLine(zone) + "). Nothing was written.");
            return;
        }
        out.println("Parenteral factors: " + change.before().tableName() + " -> " + change.after().tableName() + " ("
                + change.after().inForceLine(zone) + ").");
        List<String> changed = change.factorChanges();
        if (changed.isEmpty()) {
            out.println("No factor changed: the same numbers, now cited from " + change.after().tableName() + ".");
        } else {
            out.println("Changed:");
            changed.forEach(line -> out.println("  " + line));
        }
        out.println("The table applies to every day, past days included. The change is in the audit trail; 'mme-factors' lists it.");
    }

    private static void list(ParenteralFactors inForce, List<ParenteralFactors> history, PrintWriter out) {
        ZoneId zone = ZoneId.systemDefault();
        out.println("In force: " + inForce.inForceLine(zone));
        out.println();
        out.println("drug\troute\tfactor\tsource");
        MmeTable table = inForce.table();
        table.factors().stream().filter(f -> !f.route().isParenteral())
                .sorted(Comparator.comparing(MmeFactor::drug).thenComparing(MmeFactor::route))
                .forEach(f -> out.println(row(f.drug(), f.route().code(), Optional.of(f), f.source())));
        for (ParenteralFactors.DrugRoute r : ParenteralFactors.drugsAndRoutes(inForce, inForce)) {
            Optional<MmeFactor> f = table.factor(r.drug(), r.route());
            out.println(row(r.drug(), r.route().code(), f, f.map(MmeFactor::source)
                    .orElse("no factor in " + inForce.tableName() + " (clinical reference section 6)")));
        }
        out.println("Buprenorphine, intrathecal doses and any other drug or route: not counted (clinical reference section 6).");
        out.println();
        out.println("Changes, newest first:");
        if (history.isEmpty()) {
            out.println("  none: BedsideNeuro default since the database was made");
        }
        for (ParenteralFactors choice : history) {
            Clinician by = choice.setBy().orElseThrow();
            out.println("  " + choice.setAt().orElseThrow() + "\t" + by.displayName() + " (" + by.role().code() + ")\t" + choice.tableName());
        }
    }

    private static String row(String drug, String route, Optional<MmeFactor> factor, String source) {
        return String.join("\t", drug, route, ParenteralFactors.perUnit(factor), source);
    }

}
