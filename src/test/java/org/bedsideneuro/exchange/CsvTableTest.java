package org.bedsideneuro.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTableTest {
    private final List<ExchangeProblem> problems = new ArrayList<>();

    @Test
    void aQuotedNoteSpanningLinesKeepsTheLineNumbersOfLaterRowsRight() {
        String text = "patient_id,recorded_at,recorded_by,role,finding,side,value,note\r\n"
                + "A1,2026-03-01T08:30:00+01:00,Dr Ward,neurologist,gait.romberg,,negative,\"first line\r\nsecond line\r\nthird\"\r\n"
                + "A1,2026-03-01T08:30:00+01:00,Dr Ward,neurologist,gait.aid,,none,\r\n";

        List<CsvRow> rows = CsvTable.parse(ExchangeFile.FINDINGS, text, problems);

        assertThat(problems).isEmpty();
        assertThat(rows).extracting(CsvRow::line).containsExactly(2L, 5L);
        assertThat(rows.get(0).get("note")).isEqualTo("first line\r\nsecond line\r\nthird");
    }

    @Test
    void headerWithAColumnMissingAndAnUnknownOneNamesBoth() {
        String text = "patient_id,family_name,given_name,birth_date,gender,ward,bed\n";

        List<CsvRow> rows = CsvTable.parse(ExchangeFile.PATIENTS, text, problems);

        assertThat(rows).isEmpty();
        assertThat(problems).extracting(ExchangeProblem::toString).containsExactlyInAnyOrder(
                "patients.csv:1: header: unknown column 'gender'; allowed: patient_id, family_name, given_name, birth_date, sex, ward, bed",
                "patients.csv:1: header: missing column 'sex'");
    }

    @Test
    void anUnclosedQuoteIsReportedOnTheLineItStarts() {
        String text = "patient_id,family_name,given_name,birth_date,sex,ward,bed\r\n"
                + "A1,Nowak,Ewa,1960-01-01,female,,\r\n"
                + "A2,\"Nowak,Jan,1960-01-01,male,,\r\n"
                + "A3,Nowak,Ola,1960-01-01,female,,\r\n";

        CsvTable.parse(ExchangeFile.PATIENTS, text, problems);

        assertThat(problems).singleElement().asString().startsWith("patients.csv:3: not valid CSV");
    }

    @Test
    void anEmptyFileHasNoHeader() {
        CsvTable.parse(ExchangeFile.MEDICATIONS, "", problems);

        assertThat(problems).singleElement().asString().startsWith("medications.csv:1: no header");
    }

    @Test
    void latin1BytesAreRefusedWithTheirLine() {
        byte[] bytes = "a,b\nok,ok\nZ\u00f3\u0142\u0107,x\n".getBytes(StandardCharsets.ISO_8859_1);

        StrictUtf8.Decoded decoded = StrictUtf8.decode(bytes);

        assertThat(decoded.text()).isNull();
        assertThat(decoded.badLine()).isEqualTo(3);
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheFirstColumnName() {
        byte[] bytes = "\uFEFFpatient_id".getBytes(StandardCharsets.UTF_8);

        assertThat(StrictUtf8.decode(bytes).text()).isEqualTo("patient_id");
    }
}
