package org.bedsideneuro.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mme-factors}: the factors in force with their sources, and the ward's choice of parenteral preset. */
class MmeFactorsCommandTest {
    @TempDir
    Path dir;

    record Result(int code, String out, String err) {
    }

    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), db -> ExitCode.OK);
        return new Result(code, out.toString(), err.toString());
    }

    private String db() {
        return dir.resolve("ward.db").toString();
    }

    @Test
    void aNewDatabaseListsTheCdcOralFactorsAndTheDefaultParenteralTableWithTheirSources() {
        Result r = run("--db", db(), "mme-factors");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("In force: parenteral factors: BedsideNeuro default (never changed)",
                "oxycodone\toral\t1.5 MME per mg\tCDC Clinical Practice Guideline for Prescribing Opioids for Pain, 2022",
                "fentanyl\ttransdermal\t2.4 MME per mcg/h\tCDC",
                "morphine\tsc\t3 MME per mg\tBedsideNeuro parenteral estimate",
                "fentanyl\tiv\t0.3 MME per mcg\t",
                "oxymorphone\tiv\tnot counted\tno factor in BedsideNeuro default (clinical reference section 6)",
                "Buprenorphine, intrathecal doses and any other drug or route: not counted",
                "none: BedsideNeuro default since the database was made")
                .doesNotContain("Note:");
    }

    @Test
    void aPresetIsChosenAsTheOperatingSystemUserSaysWhatChangedAndIsListedCheckedAndChained() {
        Result chosen = run("--db", db(), "mme-factors", "--preset", "nci-pdq");
        assertThat(chosen.code()).as(chosen.err()).isZero();
        assertThat(chosen.out()).contains("Parenteral factors: BedsideNeuro default -> NCI PDQ (parenteral factors: NCI PDQ, set ",
                "by os:", "hydromorphone iv: 20 MME per mg -> 15 MME per mg", "oxymorphone im: not counted -> 30 MME per mg",
                "applies to every day", "audit trail")
                .doesNotContain("morphine iv:");

        Result listed = run("--db", db(), "mme-factors");
        assertThat(listed.out()).contains("In force: parenteral factors: NCI PDQ, set ", "hydromorphone\tiv\t15 MME per mg\tNCI PDQ Cancer Pain",
                "oxymorphone\tsc\t30 MME per mg\tNCI PDQ", "Changes, newest first:", "(other)\tNCI PDQ");

        Result again = run("--db", db(), "mme-factors", "--preset", "nci-pdq");
        assertThat(again.code()).isZero();
        assertThat(again.out()).contains("NCI PDQ is in force already", "Nothing was written.");

        Result treillet = run("--db", db(), "mme-factors", "--preset", "treillet-2018");
        assertThat(treillet.out()).contains("NCI PDQ -> Treillet 2018 / CDC 2018 file", "morphine sc: 3 MME per mg -> 2 MME per mg",
                "fentanyl iv: 0.3 MME per mcg -> 0.1 MME per mcg", "oxymorphone iv: 30 MME per mg -> not counted");
        assertThat(run("--db", db(), "mme-factors").out()).containsSubsequence("Treillet 2018 / CDC 2018 file", "NCI PDQ");

        Result check = run("--db", db(), "check");
        assertThat(check.code()).as(check.err()).isZero();
        assertThat(check.out()).contains("parenteral_factor_choice: 2", "Hash chain:        ok", "MME factors:       parenteral factors: Treillet 2018 / CDC 2018 file, set ");
    }

    @Test
    void aBadPresetNameIsAUsageErrorListingTheValidNamesAndWritesNothing() {
        Result r = run("--db", db(), "mme-factors", "--preset", "nci");
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("'nci' is not a parenteral factor preset", "default, nci-pdq, treillet-2018, vanderbilt");
        assertThat(Files.exists(dir.resolve("ward.db"))).isFalse();
    }

    @Test
    void helpListsTheVerb() {
        assertThat(run("--help").out()).contains("mme-factors");
        assertThat(run("mme-factors", "--help").out()).contains("--preset", "default, nci-pdq, treillet-2018 or vanderbilt");
    }
}
