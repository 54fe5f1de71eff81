package org.bedsideneuro.app.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import org.bedsideneuro.app.ExitCode;
import org.bedsideneuro.domain.trend.PatientCourse;
import org.bedsideneuro.persistence.Database;
import org.bedsideneuro.report.TimelineCsv;
import org.bedsideneuro.service.PatientRecords;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code timeline --patient ID [--from DATE] [--to DATE]}: one CSV row per day on stdout. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = {"Print a patient's course as CSV, one row per day: date, daily MME, opioids (with units and kind; an iv, sc",
                "or im order says \"parenteral estimate\"), flags starting that day, mme_complete (false when an opioid order ran",
                "that day without being counted in the MME), not_counted (those orders and why, ';'-separated),",
                "prn_doses_given (PRN opioid doses given that day), prn_mme, infusion_mme and pca_mme (the MME from PRN doses",
                "given, infusions and PCA pump readings), mme_basis (as_ordered when no order that day was counted from the",
                "administration record, else as_given), then the last value recorded that day of every finding",
                "(columns code, code.L, code.R)."})
final class TimelineCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    PatientPeriod period;

    @Override
    public Integer call() throws Exception {
        try (Database db = CliSupport.open(root)) {
            PatientRecords records = new PatientRecords(db, ZoneId.systemDefault());
            LocalDate today = records.today();
            PatientCourse course = records.load(period.patientId()).map(PatientRecords.Loaded::course).orElse(null);
            if (course == null) {
                spec.commandLine().getErr().println("bedside-neuro: no patient with MRN " + period.mrn + ". Nothing was written.");
                return ExitCode.INVALID_INPUT;
            }
            PrintWriter out = spec.commandLine().getOut();
            TimelineCsv.write(course, period.from != null ? period.from : course.firstDay(), period.to != null ? period.to : today, out);
            out.flush();
            return ExitCode.OK;
        }
    }
}
