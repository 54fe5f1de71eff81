package org.bedsideneuro.ui.trend;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.domain.trend.Flag;
import org.bedsideneuro.domain.trend.FlagCode;
import org.bedsideneuro.ui.common.ClinicalFormats;
import org.junit.jupiter.api.Test;

/** When the banner's folded lines come back by themselves: a flag that was not there when they were hidden. */
class FlagBannerTest {
    private final ClinicalFormats formats = new ClinicalFormats(Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC));
    private final PatientId ann = new PatientId("MRN-1001");

    private FlagLine line(FlagCode code, int day) {
        return FlagLine.of(new Flag(code, ann, LocalDate.of(2026, 2, day), "values", List.of(), List.of()), formats);
    }

    @Test
    void aLineReadsTheTitleNotTheCode() {
        FlagLine line = line(FlagCode.RENAL_RISK, 20);
        assertThat(line.text()).isEqualTo("20 Feb 2026 · Low eGFR with a renally cleared opioid (values)");
        assertThat(line.details()).contains(FlagCode.RENAL_RISK.meaning(), FlagCode.RENAL_RISK.description());
    }

    @Test
    void linesShownStayShown() {
        assertThat(FlagBanner.staysHidden(null, List.of(line(FlagCode.MYOCLONUS_NEW, 20)))).isFalse();
    }

    @Test
    void theSameFlagsReloadedStayHiddenAndFewerToo() {
        FlagLine a = line(FlagCode.MYOCLONUS_NEW, 20);
        FlagLine b = line(FlagCode.RENAL_RISK, 21);
        Set<FlagLine> hidden = Set.of(a, b);
        assertThat(FlagBanner.staysHidden(hidden, List.of(line(FlagCode.RENAL_RISK, 21), line(FlagCode.MYOCLONUS_NEW, 20))))
                .as("a reload reads equal flags anew").isTrue();
        assertThat(FlagBanner.staysHidden(hidden, List.of(a))).as("a flag gone (an exam amended)").isTrue();
    }

    @Test
    void aNewFlagOrAnotherPatientsBringsTheLinesBack() {
        Set<FlagLine> hidden = Set.of(line(FlagCode.MYOCLONUS_NEW, 20));
        assertThat(FlagBanner.staysHidden(hidden, List.of(line(FlagCode.MYOCLONUS_NEW, 20), line(FlagCode.RENAL_RISK, 28)))).isFalse();
        assertThat(FlagBanner.staysHidden(hidden, List.of(line(FlagCode.MYOCLONUS_NEW, 27)))).as("the same rule, another day").isFalse();
        FlagLine bills = FlagLine.of(new Flag(FlagCode.MYOCLONUS_NEW, new PatientId("MRN-1002"), LocalDate.of(2026, 2, 20), "values",
                List.of(), List.of()), formats);
        assertThat(FlagBanner.staysHidden(hidden, List.of(bills))).isFalse();
    }
}
