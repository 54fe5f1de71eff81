package org.bedsideneuro.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bedsideneuro.domain.finding.Finding;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.MrcGrade;
import org.bedsideneuro.domain.finding.Side;
import org.bedsideneuro.domain.finding.YesNo;
import org.junit.jupiter.api.Test;

class PackedFindingsTest {
    @Test
    void findingsComeBackAsTheyWereIncludingNotesWithTabsNewlinesAndBackslashes() {
        List<Finding> findings = List.of(
                new Finding(FindingCode.ANKLE_DORSIFLEXION, Side.LEFT, MrcGrade.FOUR, "weak\tafter\nwalking \\ tired"),
                new Finding(FindingCode.ANKLE_DORSIFLEXION, Side.RIGHT, MrcGrade.FIVE),
                Finding.unsided(FindingCode.HALLUCINATIONS, YesNo.NO));
        String packed = PackedFindings.pack(findings);
        assertThat(packed.lines()).hasSize(3);
        assertThat(PackedFindings.unpack(packed, new ParsedLines())).isEqualTo(findings);
    }

    @Test
    void noFindingsPackToEmptyTextAndBack() {
        assertThat(PackedFindings.pack(List.of())).isEmpty();
        assertThat(PackedFindings.unpack("", new ParsedLines())).isEmpty();
    }

    @Test
    void theSameLineIsParsedOncePerRead() {
        ParsedLines parsed = new ParsedLines();
        String packed = PackedFindings.pack(List.of(Finding.unsided(FindingCode.HALLUCINATIONS, YesNo.NO)));
        Finding first = PackedFindings.unpack(packed, parsed).get(0);
        Finding second = PackedFindings.unpack(packed, parsed).get(0);
        assertThat(second).isSameAs(first);
        assertThat(parsed.size()).isEqualTo(1);
    }
}
