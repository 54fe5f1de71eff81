package org.bedsideneuro.domain.trend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.finding.Finding;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.MyoclonusDistribution;
import org.junit.jupiter.api.Test;

class MyoclonusRulesTest {
    private final Ward ward = new Ward();

    @Test
    void firstJerksAfterObservationsShowingNoneAreNewMyoclonus() {
        Exam none = ward.jerks(1, "08:00", 0, 10);
        Exam jerks = ward.jerks(2, "08:00", 4, 10);
        assertThat(ward.flags(new MyoclonusNewRule())).singleElement().satisfies(f -> {
            assertThat(f.date()).isEqualTo(Ward.day(2));
            assertThat(f.examIds()).containsExactly(none.id(), jerks.id());
        });
    }

    @Test
    void aDistributionOtherThanNoneCountsEvenWithoutACount() {
        ward.exam(1, "08:00", Finding.unsided(FindingCode.DISTRIBUTION, MyoclonusDistribution.NONE));
        ward.exam(2, "08:00", Finding.unsided(FindingCode.DISTRIBUTION, MyoclonusDistribution.FOCAL));
        assertThat(ward.flags(new MyoclonusNewRule())).hasSize(1);
    }

    @Test
    void myoclonusAtTheFirstObservationHasNoEarlierNoneAndDoesNotFire() {
        ward.jerks(1, "08:00", 5, 10);
        ward.jerks(2, "08:00", 9, 10);
        assertThat(ward.flags(new MyoclonusNewRule())).isEmpty();
    }

    @Test
    void continuingMyoclonusDoesNotRefireButARecurrenceAfterNoneDoes() {
        ward.jerks(1, "08:00", 0, 10);
        ward.jerks(2, "08:00", 3, 10);
        ward.jerks(2, "14:00", 6, 10);
        ward.jerks(5, "08:00", 0, 10);
        ward.jerks(9, "08:00", 2, 10);
        assertThat(ward.flags(new MyoclonusNewRule())).extracting(Flag::date).containsExactly(Ward.day(2), Ward.day(9));
    }

    @Test
    void jerkRateDoublingWhileMmeRoseOverTheWeekIsPossibleOin() {
        ward.mme(1, 20, "60").mme(8, 20, "120");
        ward.jerks(9, "08:00", 2, 10);    // 12/h
        ward.jerks(10, "08:00", 5, 15);   // 20/h: not twice 12
        ward.jerks(11, "08:00", 8, 10);   // 48/h: at least twice 20, MME 120 > 60 on day 4
        List<Flag> flags = ward.flags(new MyoclonusRisingWithMmeRule());
        assertThat(flags).singleElement().satisfies(f -> {
            assertThat(f.date()).isEqualTo(Ward.day(11));
            assertThat(f.values()).contains("48.0/h").contains("20.0/h").contains("120").contains("60");
        });
    }

    @Test
    void risingJerksWithoutAHigherMmeThanAWeekBeforeDoNotFire() {
        ward.mme(1, 20, "120");
        ward.jerks(9, "08:00", 1, 10);
        ward.jerks(10, "08:00", 6, 10);
        assertThat(ward.flags(new MyoclonusRisingWithMmeRule())).isEmpty();
    }

    @Test
    void fromZeroAnyJerksCountAsRisingButWithNoObservationInThreeDaysItDoesNotFire() {
        ward.mme(1, 30, "60").mme(10, 30, "90");
        ward.jerks(10, "08:00", 0, 10);
        ward.jerks(12, "08:00", 1, 10);   // from 0 to 6/h: fires
        ward.jerks(20, "08:00", 30, 10);  // nothing on days 17-19: does not fire
        assertThat(ward.flags(new MyoclonusRisingWithMmeRule())).extracting(Flag::date).containsExactly(Ward.day(12));
    }

    @Test
    void theDaysHighestRateCountsAndTheRuleRefiresOnlyAfterAQuietDay() {
        ward.mme(1, 30, "60").mme(9, 30, "150");
        ward.jerks(9, "08:00", 1, 10);    // 6/h
        ward.jerks(10, "08:00", 1, 10);
        ward.jerks(10, "20:00", 2, 10);   // day 10 max 12/h: fires
        ward.jerks(11, "08:00", 5, 10);   // 30/h vs 12: still holding, no new flag
        ward.jerks(12, "08:00", 5, 10);   // 30/h vs 30: stops holding
        ward.jerks(13, "08:00", 12, 10);  // 72/h vs 30: fires again
        assertThat(ward.flags(new MyoclonusRisingWithMmeRule())).extracting(Flag::date)
                .containsExactly(Ward.day(10), Ward.day(13));
    }

    @Test
    void unknownMmeDaysDoNotFire() {
        ward.jerks(9, "08:00", 1, 10);
        ward.jerks(10, "08:00", 6, 10);
        assertThat(ward.flags(new MyoclonusRisingWithMmeRule())).isEmpty();
    }
}
