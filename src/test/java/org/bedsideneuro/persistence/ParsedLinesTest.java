package org.bedsideneuro.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.bedsideneuro.domain.finding.Finding;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.YesNo;
import org.junit.jupiter.api.Test;

class ParsedLinesTest {

    @Test
    void eachDistinctLineIsParsedOnceAndFoundAgainByItsStretchOfText() {
        ParsedLines cache = new ParsedLines();
        List<String> parsedLines = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int distinct = 2_000; // several times the first table: it has to grow and still find every line
        for (int i = 0; i < distinct; i++) {
            text.append("line ").append(i).append('\n');
        }
        String all = text.toString();
        List<Finding> first = new ArrayList<>();
        for (int round = 0; round < 2; round++) {
            int start = 0;
            for (int i = 0; i < distinct; i++) {
                int end = all.indexOf('\n', start);
                Finding f = cache.get(all, start, end, line -> {
                    parsedLines.add(line);
                    return new Finding(FindingCode.HALLUCINATIONS, null, YesNo.NO, line);
                });
                assertThat(f.note()).isEqualTo("line " + i);
                if (round == 0) {
                    first.add(f);
                } else {
                    assertThat(f).isSameAs(first.get(i));
                }
                start = end + 1;
            }
        }
        assertThat(parsedLines).hasSize(distinct);
        assertThat(cache.size()).isEqualTo(distinct);
    }

    @Test
    void linesWithTheSameHashAreKeptApart() {
        ParsedLines cache = new ParsedLines();
        // "Aa" and "BB" have the same String hash.
        String text = "Aa\nBB";
        Finding aa = cache.get(text, 0, 2, line -> new Finding(FindingCode.HALLUCINATIONS, null, YesNo.NO, line));
        Finding bb = cache.get(text, 3, 5, line -> new Finding(FindingCode.HALLUCINATIONS, null, YesNo.NO, line));
        assertThat(aa.note()).isEqualTo("Aa");
        assertThat(bb.note()).isEqualTo("BB");
        assertThat(cache.get(text, 0, 2, line -> null)).isSameAs(aa);
        assertThat(cache.get(text, 3, 5, line -> null)).isSameAs(bb);
    }
}
