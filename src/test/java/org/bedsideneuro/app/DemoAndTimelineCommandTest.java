package org.bedsideneuro.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
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
        assertThat(first.out()).contains("11 patients");
        assertThat(run("--db", db, "demo").out()).contains("0 patients");

        Result timeline = run("--db", db, "timeline", "--patient", "DEMO-0001");
        assertThat(timeline.code()).as(timeline.err()).isZero();
        List<String> lines = timeline.out().lines().toList();
        List<String> header = Arrays.asList(lines.get(0).split(","));
        assertThat(header.subList(0, 11)).containsExactly("date", "mme", "opioids", "flags", "mme_complete", "not_counted",
                "prn_doses_given", "prn_mme", "infusion_mme", "pca_mme", "mme_basis");
        assertThat(header).contains("strength.ankle_dorsiflexion.L", "strength.ankle_dorsiflexion.R", "myoclonus.jerk_count", "lab.egfr");
        assertThat(header).hasSize(11 + TimelineCsv.findingColumns().size());
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("myoclonus_new"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("myoclonus_rising_with_mme"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("morphine oral"));
        // one row per day, consecutive
        assertThat(lines.get(1).substring(0, 10)).isLessThan(lines.get(2).substring(0, 10));
    }

    /**
     * The demo's syringe-driver patient (morphine sc 1 mg/h = 72 MME a day, PRN 2.5 mg sc = 7.5 MME a dose; clinical
     * reference section 6) and its PCA patient: the timeline splits each day's MME by kind of order.
     */
    @Test
    void theTimelineOfTheSyringeDriverAndPcaStoriesBreaksTheMmeDownByKind() throws Exception {
        String db = dir.resolve("demo.db").toString();
        run("--db", db, "demo");

        Result driver = run("--db", db, "timeline", "--patient", "DEMO-0005");
        assertThat(driver.code()).as(driver.err()).isZero();
        List<CSVRecord> rows = csv(driver.out());
        // the day with five breakthrough doses: 72 + 5 x 7.5 = 109.5
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.get("prn_doses_given")).isEqualTo("5");
            assertThat(r.get("prn_mme")).isEqualTo("37.5");
            assertThat(r.get("infusion_mme")).isEqualTo("72");
            assertThat(r.get("mme")).isEqualTo("109.5");
            assertThat(r.get("mme_basis")).isEqualTo("as_given");
            assertThat(r.get("opioids")).contains("morphine sc 1 mg/h infusion", "morphine sc 2.5 mg prn≤6");
        });

        Result pca = run("--db", db, "timeline", "--patient", "DEMO-0008");
        assertThat(pca.code()).as(pca.err()).isZero();
        assertThat(csv(pca.out())).anySatisfy(r -> {
            assertThat(new BigDecimal(r.get("pca_mme"))).isPositive();
            assertThat(r.get("pca_mme")).isEqualTo(r.get("mme"));
            assertThat(r.get("opioids")).contains("morphine iv 1 mg pca bolus");
        });
    }

    private static List<CSVRecord> csv(String text) throws IOException {
        try (var parser = CSVParser.parse(new StringReader(text),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return parser.getRecords();
        }
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
