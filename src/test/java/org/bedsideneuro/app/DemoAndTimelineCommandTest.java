package org.bedsideneuro.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.bedsideneuro.report.TimelineCsv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoAndTimelineCommandTest {
    @TempDir
    Path dir;

    record Result(int code, String out, String err) {
    }

    private Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), db -> ExitCode.OK);
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void demoFillsTheWardOnceAndTheTimelineShowsTheOinStory() {
        String db = dir.resolve("demo.db").toString();
        Result first = run("--db", db, "demo");
        assertThat(first.code()).isZero();
        assertThat(first.out()).contains("10 patients");
        assertThat(run("--db", db, "demo").out()).contains("0 patients");

        Result timeline = run("--db", db, "timeline", "--patient", "DEMO-0001");
        assertThat(timeline.code()).as(timeline.err()).isZero();
        List<String> lines = timeline.out().lines().toList();
        List<String> header = Arrays.asList(lines.get(0).split(","));
        assertThat(header.subList(0, 6)).containsExactly("date", "mme", "opioids", "flags", "mme_complete", "not_counted");
        assertThat(header).contains("strength.ankle_dorsiflexion.L", "strength.ankle_dorsiflexion.R", "myoclonus.jerk_count", "lab.egfr");
        assertThat(header).hasSize(6 + TimelineCsv.findingColumns().size());
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("myoclonus_new"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("myoclonus_rising_with_mme"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("morphine oral"));
        // one row per day, consecutive
        assertThat(lines.get(1).substring(0, 10)).isLessThan(lines.get(2).substring(0, 10));
    }

    @Test
    void aPeriodLimitsTheRowsAndAnUnknownPatientIsInvalidInput() {
        String db = dir.resolve("demo.db").toString();
        run("--db", db, "demo");
        Result week = run("--db", db, "timeline", "--patient", "DEMO-0003", "--from", "2026-01-01", "--to", "2026-01-07");
        assertThat(week.out().lines()).hasSize(8);
        assertThat(run("--db", db, "timeline", "--patient", "NOBODY").code()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run("--db", db, "timeline", "--patient", "DEMO-0003", "--from", "yesterday").code()).isEqualTo(ExitCode.USAGE);
    }
}
